#include "statustext.h"

#include "sync/glucosedisplay.h"
#include "sync/synchealth.h"

namespace nb::ui {

namespace {
const QString kSeparator = QStringLiteral(" \u00b7 ");

QString number(double value)
{
    // 1.25 U, 120 U: no trailing zeros, at most two decimals
    return QString::number(value, 'g', value >= 100 ? 4 : 3);
}
} // namespace

QString StatusText::valueWithUnit(int mgdl, const DisplayOptions &options)
{
    return GlucoseDisplay::formatValue(mgdl, options.units) + QLatin1Char(' ') +
           GlucoseDisplay::unitLabel(options.units);
}

QString StatusText::deltaText(const StatusModel &model, const DisplayOptions &options)
{
    const std::optional<int> delta = GlucoseDisplay::deltaMgdl(model.readings());
    if (!delta)
        return {};
    return GlucoseDisplay::formatDelta(*delta, options.units) + QLatin1Char(' ') +
           GlucoseDisplay::unitLabel(options.units);
}

QString StatusText::readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now)
{
    const std::optional<GlucoseReading> latest = model.latestReading();
    if (!latest || latest->mgdl <= 0)
        return tr("No reading yet");
    QStringList parts;
    QString value = valueWithUnit(latest->mgdl, options);
    const QString arrow = GlucoseDisplay::trendArrow(GlucoseDisplay::trendFromDirection(latest->direction));
    if (!arrow.isEmpty())
        value += QLatin1Char(' ') + arrow;
    parts << value;
    const QString delta = deltaText(model, options);
    if (!delta.isEmpty())
        parts << delta;
    QString age = GlucoseDisplay::formatAge(latest->time, now);
    if (GlucoseDisplay::isStale(*latest, now, options.staleMinutes))
        age = tr("%1 (old)").arg(age);
    parts << age;
    return parts.join(kSeparator);
}

QString StatusText::tooltip(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                            int maxLength)
{
    QStringList lines;
    if (model.isDemo())
        lines << tr("Nightbridge (demo data, not real readings)");
    else
        lines << tr("Nightbridge");
    const std::optional<GlucoseReading> latest = model.latestReading();
    if (latest && latest->mgdl > 0) {
        QString first = readingLine(model, options, now);
        const Trend trend = GlucoseDisplay::trendFromDirection(latest->direction);
        if (trend != Trend::Unknown)
            first += kSeparator + GlucoseDisplay::trendName(trend);
        lines << first;
    } else {
        lines << tr("No reading yet");
    }
    const QString iob = iobText(model.device());
    if (!iob.isEmpty())
        lines << iob;
    for (const AccountStatus &account : model.accounts())
        lines << accountLine(account, now);
    if (model.accounts().isEmpty())
        lines << noAccountText();
    QString text = lines.join(QLatin1Char('\n'));
    if (maxLength > 0 && text.size() > maxLength)
        text = text.left(maxLength - 1) + QStringLiteral("\u2026");
    return text;
}

QString StatusText::noAccountText()
{
    return tr("No account yet: add an account to sync");
}

QString StatusText::demoLabel()
{
    return tr("DEMO — not real readings");
}

QString StatusText::stateLabel(const AccountStatus &account)
{
    if (account.state == AccountState::Idle && !account.lastSuccess.isValid())
        return tr("waiting for the first sync");
    return SyncHealthSummary::stateName(account.state);
}

QString StatusText::accountLine(const AccountStatus &account, const QDateTime &now)
{
    QString state = stateLabel(account);
    if (account.state == AccountState::Paused && account.pausedUntil.isValid())
        state = tr("paused, resumes %1").arg(GlucoseDisplay::formatUntil(account.pausedUntil, now));
    else if ((account.state == AccountState::Idle && account.lastSuccess.isValid()) ||
             account.state == AccountState::Retrying)
        state += tr(", synced %1").arg(GlucoseDisplay::formatAge(account.lastSuccess, now));
    return tr("%1: %2").arg(account.displayName, state);
}

QStringList StatusText::accountDetails(const AccountStatus &account, const QDateTime &now)
{
    QStringList lines;
    lines << tr("State: %1").arg(SyncHealthSummary::stateName(account.state));
    lines << tr("Last sync: %1").arg(GlucoseDisplay::formatAge(account.lastSuccess, now));
    if (account.nextRun.isValid())
        lines << tr("Next sync: %1").arg(GlucoseDisplay::formatUntil(account.nextRun, now));
    if (account.lastDataTime.isValid())
        lines << tr("Newest data: %1").arg(GlucoseDisplay::formatAge(account.lastDataTime, now));
    if (account.lastError && !account.lastError->userMessage.isEmpty())
        lines << tr("Last error: %1").arg(account.lastError->userMessage);
    return lines;
}

QString StatusText::actionLabel(AccountAction action)
{
    switch (action) {
    case AccountAction::None:
        return {};
    case AccountAction::SignInAgain:
        return tr("Sign in again\u2026");
    case AccountAction::CheckPassword:
        return tr("Check password\u2026");
    case AccountAction::OpenSettings:
        return tr("Open settings\u2026");
    }
    return {};
}

QString StatusText::iobText(const DeviceSnapshot &device)
{
    if (!device.iob)
        return {};
    return tr("IOB %1 U").arg(number(*device.iob));
}

QString StatusText::deviceLine(const DeviceSnapshot &device)
{
    QStringList parts;
    const QString iob = iobText(device);
    if (!iob.isEmpty())
        parts << iob;
    if (device.reservoir)
        parts << tr("Reservoir %1 U").arg(number(*device.reservoir));
    if (device.pumpBatteryPercent)
        parts << tr("Pump battery %1 %").arg(*device.pumpBatteryPercent);
    if (device.phoneBatteryPercent)
        parts << tr("Phone battery %1 %").arg(*device.phoneBatteryPercent);
    return parts.join(kSeparator);
}

} // namespace nb::ui
