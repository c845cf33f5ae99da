// The allocator of the `onestop` process when built with the `Mimalloc` trait
// (`swift build --traits Mimalloc`): mimalloc, linked in place of glibc's malloc. Without the
// trait (the default, so that libyaml-dev and libxml2-dev are all a build needs) it is glibc's.
//
// Loading a national catalog makes tens of millions of small allocations (nodes, strings, model
// values) on every core, and glibc's malloc and free took an eighth of the check's time (perf).
// With mimalloc, at 100,000 procedures, the check ran 1.11x faster and an unchanged rebuild
// 1.16x, each peaking about 50 MiB lower (scripts/bench-compare, interleaved runs; BENCHMARKS.md).
//
// Linking is all it takes: Debian's libmimalloc overrides malloc, free and their relatives for
// every library of the process (the Swift runtime, Foundation, libyaml, libxml2), as long as it
// comes before libc among the program's libraries, which the link gives and a CLI test checks.
// OneStopKit does not link it: the allocator is the program's choice, not the library's. Nothing
// is called by name: importing the module is what links the library.
#if Mimalloc
  internal import CMimalloc
#endif
