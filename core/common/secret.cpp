#include "secret.h"

namespace nb {

Secret::~Secret()
{
    // Best effort: overwrite the bytes we own before the memory is released.
    if (!m_value.isEmpty() && !m_value.isDetached())
        return; // shared with another copy that is still alive
    m_value.fill('\0');
}

} // namespace nb
