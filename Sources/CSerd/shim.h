#ifndef PROCEEDINGS_CSERD_SHIM_H
#define PROCEEDINGS_CSERD_SHIM_H

#include <stdio.h>
#include <stdarg.h>
#include <serd/serd.h>

/* A SerdError carries a printf format and a va_list, which Swift cannot format;
   this renders the message into a caller's buffer. */
static inline void proceedings_serd_error_message(const SerdError *error, char *buffer, size_t size) {
    va_list copy;
    va_copy(copy, *error->args);
    vsnprintf(buffer, size, error->fmt, copy);
    va_end(copy);
}

#endif
