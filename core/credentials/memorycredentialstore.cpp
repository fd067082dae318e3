#include "memorycredentialstore.h"

#include <QPointer>
#include <QTimer>

namespace nb {

void MemoryCredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    Result<std::optional<Secret>> result =
        m_failure ? Result<std::optional<Secret>>(*m_failure)
                  : Result<std::optional<Secret>>(m_values.contains(key) ? std::optional(m_values[key]) : std::nullopt);
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemoryCredentialStore::write(const QString &key, const Secret &value, QObject *context, WriteCallback callback)
{
    Result<void> result;
    if (m_failure) {
        result = *m_failure;
    } else {
        m_values.insert(key, value);
        ++m_writes;
    }
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    Result<void> result;
    if (m_failure)
        result = *m_failure;
    else
        m_values.remove(key);
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

} // namespace nb
