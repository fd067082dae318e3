#include "platform/processhardening.h"

#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

// Release builds (what users run) write no core dump and, on Linux, are not dumpable.
class TestProcessHardening : public QObject {
    Q_OBJECT
private slots:
    void releaseBuildsDisableCoreDumps()
    {
#if !defined(NDEBUG)
        QSKIP("debug build: core dumps stay on");
#else
        QVERIFY(nb::platform::disableCoreDumps());
#if defined(Q_OS_UNIX)
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#endif
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
