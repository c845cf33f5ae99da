#ifndef ONESTOP_CMIMALLOC_SHIM_H
#define ONESTOP_CMIMALLOC_SHIM_H
// Linking libmimalloc replaces malloc and free for the whole `onestop` process (Debian's build
// overrides the standard entry points); nothing here is called by name.
#include <mimalloc.h>
#endif
