#ifndef ONESTOP_CLIBXML2_SHIM_H
#define ONESTOP_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and libxml/encoding.h then includes ICU's headers, which clash
   with the ICU that Foundation bundles. OneStop never touches libxml2's encoding handlers (the
   only structure that changes shape), so it reads the headers without ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#endif
