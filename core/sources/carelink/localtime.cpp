#include "localtime.h"

#include <array>

namespace nb::carelink {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

// Inverse of daysFromCivil.
void civilFromDays(qint64 z, int *y, int *m, int *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(qint64(yoe) + era * 400 + (*m <= 2 ? 1 : 0));
}

void putDigits(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[size_t(m - 1)];
}

// Reads exactly n digits at pos.
bool digits(QStringView s, qsizetype pos, int n, int *out)
{
    if (pos < 0 || pos + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s[pos + i];
        if (!isAsciiDigit(c))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *out = v;
    return true;
}

std::optional<qint64> compose(int y, int mo, int d, int h, int mi, int s, int ms)
{
    if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60 ||
        ms > 999)
        return std::nullopt;
    return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
}

// "HH:MM[:SS[.fff]]" at pos; returns the position after it, or -1.
qsizetype parseClock(QStringView s, qsizetype pos, int *h, int *mi, int *sec, int *ms)
{
    if (!digits(s, pos, 2, h) || pos + 2 >= s.size() || s[pos + 2] != QLatin1Char(':') || !digits(s, pos + 3, 2, mi))
        return -1;
    pos += 5;
    *sec = 0;
    *ms = 0;
    if (pos < s.size() && s[pos] == QLatin1Char(':')) {
        if (!digits(s, pos + 1, 2, sec))
            return -1;
        pos += 3;
        if (pos < s.size() && s[pos] == QLatin1Char('.')) {
            ++pos;
            int frac = 0;
            int n = 0;
            while (pos < s.size() && isAsciiDigit(s[pos])) {
                if (n < 3)
                    frac = frac * 10 + (s[pos].unicode() - '0');
                ++n;
                ++pos;
            }
            if (n == 0)
                return -1;
            for (int i = n; i < 3; ++i)
                frac *= 10;
            *ms = frac;
        }
    }
    return pos;
}

std::optional<LocalStamp> parseIso(QStringView s)
{
    int y, mo, d, h, mi, sec, ms;
    if (!digits(s, 0, 4, &y) || s.size() < 16 || s[4] != QLatin1Char('-') || !digits(s, 5, 2, &mo) ||
        s[7] != QLatin1Char('-') || !digits(s, 8, 2, &d) || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' ')))
        return std::nullopt;
    qsizetype pos = parseClock(s, 11, &h, &mi, &sec, &ms);
    if (pos < 0)
        return std::nullopt;
    const std::optional<qint64> local = compose(y, mo, d, h, mi, sec, ms);
    if (!local)
        return std::nullopt;
    LocalStamp stamp{*local, std::nullopt};
    if (pos == s.size())
        return stamp;
    if (s[pos] == QLatin1Char('Z') && pos + 1 == s.size())
        return stamp; // CareLink's "Z" is not UTC: ignore it
    if (s[pos] != QLatin1Char('+') && s[pos] != QLatin1Char('-'))
        return std::nullopt;
    const int sign = s[pos] == QLatin1Char('-') ? -1 : 1;
    int oh, om;
    if (!digits(s, pos + 1, 2, &oh))
        return std::nullopt;
    qsizetype mpos = pos + 3;
    if (mpos < s.size() && s[mpos] == QLatin1Char(':'))
        ++mpos;
    if (!digits(s, mpos, 2, &om) || mpos + 2 != s.size() || oh > 14 || om > 59)
        return std::nullopt;
    const int offset = sign * (oh * 3600 + om * 60);
    if (offset != 0) // "-00:00" is the fake kind too
        stamp.realOffsetSeconds = offset;
    return stamp;
}

// "Oct 19, 2015 08:15:00" (2015 MiniMed Connect), English month abbreviations.
std::optional<LocalStamp> parseConnect2015(QStringView s)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (s.size() < 19)
        return std::nullopt;
    int mo = 0;
    for (int i = 0; i < 12; ++i) {
        if (s.left(3).compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0) {
            mo = i + 1;
            break;
        }
    }
    if (mo == 0 || s[3] != QLatin1Char(' '))
        return std::nullopt;
    qsizetype pos = 4;
    int d = 0;
    if (digits(s, pos, 2, &d))
        pos += 2;
    else if (digits(s, pos, 1, &d))
        pos += 1;
    else
        return std::nullopt;
    int y, h, mi, sec, ms;
    if (pos + 2 > s.size() || s[pos] != QLatin1Char(',') || s[pos + 1] != QLatin1Char(' ') ||
        !digits(s, pos + 2, 4, &y) || pos + 6 >= s.size() || s[pos + 6] != QLatin1Char(' '))
        return std::nullopt;
    const qsizetype end = parseClock(s, pos + 7, &h, &mi, &sec, &ms);
    if (end != s.size())
        return std::nullopt;
    const std::optional<qint64> local = compose(y, mo, d, h, mi, sec, ms);
    if (!local)
        return std::nullopt;
    return LocalStamp{*local, std::nullopt};
}

} // namespace

qint64 LocalStamp::toUtcMs(qint64 fallbackOffsetMs) const
{
    if (realOffsetSeconds)
        return localAsUtcMs - qint64(*realOffsetSeconds) * 1000;
    return localAsUtcMs - fallbackOffsetMs;
}

std::optional<LocalStamp> parseLocalTime(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (isAsciiDigit(s[0]))
        return parseIso(s);
    return parseConnect2015(s);
}

QString formatUtcIso(qint64 utcMs)
{
    qint64 days = utcMs / 86400000;
    qint64 rest = utcMs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y, mo, d;
    civilFromDays(days, &y, &mo, &d);
    if (y < 0 || y > 9999)
        return {};
    QString s(24, Qt::Uninitialized);
    QChar *c = s.data();
    putDigits(c, y, 4);
    c[4] = QLatin1Char('-');
    putDigits(c + 5, mo, 2);
    c[7] = QLatin1Char('-');
    putDigits(c + 8, d, 2);
    c[10] = QLatin1Char('T');
    putDigits(c + 11, int(rest / 3600000), 2);
    c[13] = QLatin1Char(':');
    putDigits(c + 14, int(rest / 60000 % 60), 2);
    c[16] = QLatin1Char(':');
    putDigits(c + 17, int(rest / 1000 % 60), 2);
    c[19] = QLatin1Char('.');
    putDigits(c + 20, int(rest % 1000), 3);
    c[23] = QLatin1Char('Z');
    return s;
}

std::optional<qint64> roundedOffsetMs(qint64 localAsUtcMs, qint64 serverUtcMs)
{
    if (localAsUtcMs <= 0 || serverUtcMs <= 0)
        return std::nullopt;
    const qint64 raw = localAsUtcMs - serverUtcMs;
    // Round half away from zero to whole quarter hours.
    const qint64 half = kQuarterHourMs / 2;
    const qint64 q = raw >= 0 ? (raw + half) / kQuarterHourMs : -((-raw + half) / kQuarterHourMs);
    const qint64 rounded = q * kQuarterHourMs;
    if (rounded > kMaxOffsetMs || rounded < -kMaxOffsetMs)
        return std::nullopt;
    return rounded;
}

} // namespace nb::carelink
