#pragma once

namespace nb::platform {

// Release builds write no core dump: a dump would hold sign-in tokens, secrets and health data in a
// file anyone who can read crash reports may read. On Linux the process is also made non-dumpable,
// so other processes of the same user cannot ptrace it or read its memory through /proc.
// Debug builds keep dumps for debugging. Returns false when the system refused (nothing else to do).
bool disableCoreDumps();

} // namespace nb::platform
