#include "statustext.h"

#include "sync/glucosedisplay.h"
#include "sync/synchealth.h"

#include <QLocale>

#include <cmath>

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
    return deltaText(model, options, options.trayPerson(model));
}

QString StatusText::clockTime(const QDateTime &time)
{
    const QLocale locale;
    // Hours and minutes only; the locale's short format may carry seconds (C locale).
    const bool twelveHour = locale.timeFormat(QLocale::ShortFormat).contains(QLatin1Char('A'), Qt::CaseInsensitive);
    return locale.toString(time.toLocalTime().time(), twelveHour ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm"));
}

QString StatusText::timeAndAge(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return GlucoseDisplay::formatAge(then, now);
    return tr("%1, %2").arg(clockTime(then), GlucoseDisplay::formatAge(then, now));
}

QString StatusText::rangeSummary(const StatusModel &model, const DisplayOptions &options, const QString &accountId,
                                 int hours, const QDateTime &now)
{
    const QDateTime from = now.addSecs(-qint64(hours) * 3600);
    int low = 0;
    int high = 0;
    int count = 0;
    qint64 sum = 0;
    for (const GlucoseReading &r : model.readingsOf(accountId)) {
        if (r.mgdl <= 0 || r.time < from || r.time > now)
            continue;
        ++count;
        sum += r.mgdl;
        if (r.mgdl < options.thresholds.low)
            ++low;
        else if (r.mgdl > options.thresholds.high)
            ++high;
    }
    if (count == 0)
        return {};
    // Rounded so the three always add up to 100.
    const int lowPct = int(std::lround(100.0 * low / count));
    const int highPct = int(std::lround(100.0 * high / count));
    const int inPct = std::max(0, 100 - lowPct - highPct);
    const int average = int(std::lround(double(sum) / count));
    return tr("%1 % in range \u00b7 %2 % low \u00b7 %3 % high \u00b7 average %4")
        .arg(inPct)
        .arg(lowPct)
        .arg(highPct)
        .arg(valueWithUnit(average, options));
}

QString StatusText::lateDataNote(const StatusModel &model, const QString &accountId)
{
    const std::optional<AccountStatus> account = model.account(accountId);
    if (!account || account->vendor != QLatin1String("tandem"))
        return {};
    return tr("Tandem readings arrive 30 minutes or more late.");
}

QString StatusText::deltaText(const StatusModel &model, const DisplayOptions &options, const QString &accountId)
{
    const std::optional<int> delta = GlucoseDisplay::deltaMgdl(model.readingsOf(accountId));
    if (!delta)
        return {};
    return GlucoseDisplay::formatDelta(*delta, options.units) + QLatin1Char(' ') +
           GlucoseDisplay::unitLabel(options.units);
}

QString StatusText::readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now)
{
    return readingLine(model, options, now, options.trayPerson(model));
}

QString StatusText::personLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                               const QString &accountId)
{
    const QString line = readingLine(model, options, now, accountId);
    const QString name = model.personName(accountId);
    return name.isEmpty() ? line : tr("%1: %2").arg(name, line);
}

QString StatusText::readingLine(const StatusModel &model, const DisplayOptions &options, const QDateTime &now,
                                const QString &accountId)
{
    const std::optional<GlucoseReading> latest = model.latestReading(accountId);
    if (!latest || latest->mgdl <= 0)
        return tr("No reading yet");
    QStringList parts;
    QString value = valueWithUnit(latest->mgdl, options);
    const QString arrow = GlucoseDisplay::trendArrow(GlucoseDisplay::trendFromDirection(latest->direction));
    if (!arrow.isEmpty())
        value += QLatin1Char(' ') + arrow;
    parts << value;
    const QString delta = deltaText(model, options, accountId);
    if (!delta.isEmpty())
        parts << delta;
    QString age = timeAndAge(latest->time, now);
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
    // The tray person first (the icon shows their number), then everyone else: each line says whose.
    const QString trayPerson = options.trayPerson(model);
    QStringList people = model.readingAccounts();
    people.removeAll(trayPerson);
    people.prepend(trayPerson);
    bool any = false;
    for (const QString &person : std::as_const(people)) {
        const std::optional<GlucoseReading> latest = model.latestReading(person);
        if (!latest || latest->mgdl <= 0)
            continue;
        any = true;
        QString line = personLine(model, options, now, person);
        const Trend trend = GlucoseDisplay::trendFromDirection(latest->direction);
        if (trend != Trend::Unknown)
            line += kSeparator + GlucoseDisplay::trendName(trend);
        lines << line;
    }
    if (!any)
        lines << tr("No reading yet");
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
    else if (account.lastSuccess.isValid() &&
             (account.state == AccountState::Idle || account.state == AccountState::Retrying))
        state += tr(", synced %1").arg(GlucoseDisplay::formatAge(account.lastSuccess, now));
    else if (account.state == AccountState::Retrying)
        state += tr(", never synced");
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
