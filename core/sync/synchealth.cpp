#include "synchealth.h"

#include <algorithm>

namespace nb {

SyncHealth SyncHealthSummary::aggregate(const QList<AccountStatus> &accounts)
{
    bool attention = false;
    bool retrying = false;
    bool syncing = false;
    int enabled = 0;
    int paused = 0;
    for (const AccountStatus &a : accounts) {
        switch (a.state) {
        case AccountState::Disabled:
            continue;
        case AccountState::NeedsAttention:
            attention = true;
            break;
        case AccountState::Retrying:
            retrying = true;
            break;
        case AccountState::Syncing:
            syncing = true;
            break;
        case AccountState::Paused:
            ++paused;
            break;
        case AccountState::Idle:
            break;
        }
        ++enabled;
    }
    if (enabled == 0)
        return SyncHealth::None;
    if (attention)
        return SyncHealth::NeedsAttention;
    if (retrying)
        return SyncHealth::Retrying;
    if (syncing)
        return SyncHealth::Syncing;
    if (paused == enabled)
        return SyncHealth::Paused;
    return SyncHealth::Ok;
}

QString SyncHealthSummary::healthName(SyncHealth health)
{
    switch (health) {
    case SyncHealth::None:
        return tr("no account set up");
    case SyncHealth::Ok:
        return tr("up to date");
    case SyncHealth::Syncing:
        return tr("syncing");
    case SyncHealth::Retrying:
        return tr("retrying");
    case SyncHealth::NeedsAttention:
        return tr("needs your attention");
    case SyncHealth::Paused:
        return tr("paused");
    }
    return {};
}

QString SyncHealthSummary::stateName(AccountState state)
{
    switch (state) {
    case AccountState::Disabled:
        return tr("off");
    case AccountState::Idle:
        return tr("up to date");
    case AccountState::Syncing:
        return tr("syncing");
    case AccountState::Retrying:
        return tr("retrying");
    case AccountState::NeedsAttention:
        return tr("needs your attention");
    case AccountState::Paused:
        return tr("paused");
    }
    return {};
}

bool SyncHealthSummary::anyPaused(const QList<AccountStatus> &accounts)
{
    return std::any_of(accounts.cbegin(), accounts.cend(),
                       [](const AccountStatus &a) { return a.state == AccountState::Paused; });
}

bool SyncHealthSummary::allPaused(const QList<AccountStatus> &accounts)
{
    return aggregate(accounts) == SyncHealth::Paused;
}

int SyncHealthSummary::enabledCount(const QList<AccountStatus> &accounts)
{
    return int(std::count_if(accounts.cbegin(), accounts.cend(),
                             [](const AccountStatus &a) { return a.state != AccountState::Disabled; }));
}

} // namespace nb
