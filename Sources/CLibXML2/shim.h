#ifndef ONESTOP_CLIBXML2_SHIM_H
#define ONESTOP_CLIBXML2_SHIM_H
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif
