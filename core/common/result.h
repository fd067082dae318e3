#pragma once

#include "syncerror.h"

#include <utility>
#include <variant>

namespace nb {

// Either a value or a SyncError. Errors are values in this code base: nothing throws across the
// event loop. Access to the wrong alternative is a programming error (asserts in debug builds).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(SyncError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const SyncError &error() const { return std::get<1>(m_data); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, SyncError> m_data;
};

// Result<void>: success carries nothing.
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(SyncError error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const SyncError &error() const { return m_error; }

private:
    SyncError m_error;
    bool m_ok = true;
};

} // namespace nb
