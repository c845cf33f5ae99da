/*
 * yaml-floor: the benchmark floor (issue "Performance").
 *
 *   yaml-floor DIR
 *
 * Walks DIR/catalog recursively, reads every *.yaml file fully into memory and runs libyaml's
 * event parser over it until STREAM_END, doing nothing with the events. Single-threaded. This is
 * the cost of merely reading the YAML: `scripts/bench` prints the compiler's figures as ratios to
 * it. Prints the number of files and events; exits 1 if any file failed to read or parse (a
 * failed parse still counts the events up to the error), 2 on a usage error.
 */
#include <yaml.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long file_count = 0;
static unsigned long long event_count = 0;
static unsigned long long byte_count = 0;
static unsigned long long failures = 0;

static unsigned char *buffer = NULL;
static size_t buffer_capacity = 0;

static int ends_with_yaml(const char *name) {
  size_t length = strlen(name);
  return length > 5 && strcmp(name + length - 5, ".yaml") == 0;
}

/* Reads the whole file into the shared buffer; returns its size or -1. */
static long read_file(const char *path) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) return -1;
  size_t size = 0;
  for (;;) {
    if (size == buffer_capacity) {
      size_t capacity = buffer_capacity ? buffer_capacity * 2 : 1 << 16;
      unsigned char *grown = realloc(buffer, capacity);
      if (grown == NULL) {
        fclose(file);
        return -1;
      }
      buffer = grown;
      buffer_capacity = capacity;
    }
    size_t got = fread(buffer + size, 1, buffer_capacity - size, file);
    size += got;
    if (got == 0) break;
  }
  int failed = ferror(file);
  fclose(file);
  return failed ? -1 : (long)size;
}

static void parse_file(const char *path) {
  long size = read_file(path);
  if (size < 0) {
    fprintf(stderr, "yaml-floor: cannot read %s: %s\n", path, strerror(errno));
    failures++;
    return;
  }
  file_count++;
  byte_count += (unsigned long long)size;
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    fprintf(stderr, "yaml-floor: cannot initialize the parser\n");
    exit(2);
  }
  yaml_parser_set_input_string(&parser, buffer, (size_t)size);
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      failures++;
      break;
    }
    event_count++;
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
}

static void walk(char *path, size_t length, size_t capacity) {
  DIR *dir = opendir(path);
  if (dir == NULL) {
    fprintf(stderr, "yaml-floor: cannot open %s: %s\n", path, strerror(errno));
    failures++;
    return;
  }
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL) {
    const char *name = entry->d_name;
    if (name[0] == '.') continue; /* ".", "..", and hidden entries, as onestop skips them */
    size_t name_length = strlen(name);
    if (length + 1 + name_length + 1 > capacity) {
      fprintf(stderr, "yaml-floor: path too long under %s\n", path);
      failures++;
      continue;
    }
    path[length] = '/';
    memcpy(path + length + 1, name, name_length + 1);
    size_t child_length = length + 1 + name_length;
    int is_dir = 0, is_file = 0;
    if (entry->d_type == DT_DIR) {
      is_dir = 1;
    } else if (entry->d_type == DT_REG) {
      is_file = 1;
    } else {
      struct stat info;
      if (stat(path, &info) == 0) {
        is_dir = S_ISDIR(info.st_mode);
        is_file = S_ISREG(info.st_mode);
      }
    }
    if (is_dir) {
      walk(path, child_length, capacity);
    } else if (is_file && ends_with_yaml(name)) {
      parse_file(path);
    }
    path[length] = '\0';
  }
  closedir(dir);
}

int main(int argc, char **argv) {
  if (argc != 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
    fprintf(stderr, "usage: yaml-floor DIR\n"
                    "Parses every DIR/catalog/**/*.yaml with libyaml's event parser, doing nothing "
                    "with the events.\n");
    return 2;
  }
  enum { capacity = 8192 };
  static char path[capacity];
  int written = snprintf(path, capacity, "%s/catalog", argv[1]);
  if (written < 0 || written >= capacity) {
    fprintf(stderr, "yaml-floor: path too long\n");
    return 2;
  }
  walk(path, (size_t)written, capacity);
  free(buffer);
  printf("%llu files, %llu events, %llu bytes\n", file_count, event_count, byte_count);
  if (failures > 0) {
    fprintf(stderr, "yaml-floor: %llu files or folders could not be read or parsed\n", failures);
    return 1;
  }
  return 0;
}
