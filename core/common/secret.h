#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace nb {

// A password, API secret or token. It does not convert to QString implicitly and has no QDebug
// operator, so it cannot end up in a log line or a settings file by accident: the only way out is
// reveal(), which is greppable.
class Secret {
public:
    Secret() = default;
    explicit Secret(const QString &value)
        : m_value(value.toUtf8())
    {}
    explicit Secret(QByteArray value)
        : m_value(std::move(value))
    {}
    ~Secret();

    Secret(const Secret &) = default;
    Secret &operator=(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret &&) noexcept = default;

    bool isEmpty() const { return m_value.isEmpty(); }
    QString reveal() const { return QString::fromUtf8(m_value); }
    const QByteArray &revealBytes() const { return m_value; }

    bool operator==(const Secret &other) const { return m_value == other.m_value; }

private:
    QByteArray m_value;
};

} // namespace nb

QDebug operator<<(QDebug, const nb::Secret &) = delete;
