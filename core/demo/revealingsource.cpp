#include "revealingsource.h"

namespace nb {

RevealingSource::RevealingSource(std::unique_ptr<DataSource> inner, std::function<void()> reveal, QObject *parent)
    : DataSource(parent)
    , m_inner(std::move(inner))
    , m_reveal(std::move(reveal))
{}

RevealingSource::~RevealingSource() = default;

void RevealingSource::fetch(const FetchRequest &request, FetchCallback callback)
{
    if (m_reveal)
        m_reveal();
    m_inner->fetch(request, std::move(callback));
}

void RevealingSource::checkLogin(LoginCallback callback)
{
    if (m_reveal)
        m_reveal();
    m_inner->checkLogin(std::move(callback));
}

void RevealingSource::credentialFingerprint(FingerprintCallback callback)
{
    m_inner->credentialFingerprint(std::move(callback));
}

void RevealingSource::cancel()
{
    m_inner->cancel();
}

} // namespace nb
