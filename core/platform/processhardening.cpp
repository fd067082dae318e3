#include "processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace nb::platform {

bool disableCoreDumps()
{
#if !defined(NDEBUG)
    return true; // debug build: keep dumps
#else
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok; // Windows writes no dump unless Windows Error Reporting is configured to
#endif
}

} // namespace nb::platform
