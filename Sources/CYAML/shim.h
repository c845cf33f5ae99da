#ifndef ONESTOP_CYAML_SHIM_H
#define ONESTOP_CYAML_SHIM_H
#include <yaml.h>
#endif
