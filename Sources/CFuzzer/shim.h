#ifndef ONESTOP_CFUZZER_SHIM_H
#define ONESTOP_CFUZZER_SHIM_H
#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver, linked in by -sanitize=fuzzer: the fuzz target's main calls it. Only the
   declaration lives here; a build without the fuzzer never references it. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
