#ifndef PROCEEDINGS_CLIBXML2_SHIM_H
#define PROCEEDINGS_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's.
   Read the feature macros first, then switch ICU off before anything else. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a global function pointer, which Swift 6 refuses as shared
   mutable state; calling it through an inline function is fine. */
static inline void proceedings_xmlFree(void *p) { xmlFree(p); }

#endif
