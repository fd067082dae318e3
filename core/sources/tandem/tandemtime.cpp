#include "tandemtime.h"

namespace nb::tandem {

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain descriptions).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    *year = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = int(m);
    *day = int(d);
}

namespace {
bool digits(QStringView text, qsizetype from, qsizetype count, int *out)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *out = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return kDays[month - 1];
}

// Writes into a char buffer; QString is built once (this runs for every document).
char *putPadded(char *p, int value, int width)
{
    char buf[12];
    int n = 0;
    unsigned v = unsigned(value < 0 ? -value : value);
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v && n < 11);
    while (n < width)
        buf[n++] = '0';
    while (n > 0)
        *p++ = buf[--n];
    return p;
}

char *putWallFields(char *p, qint64 unixLocal)
{
    qint64 days = unixLocal / 86400;
    qint64 secs = unixLocal % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    p = putPadded(p, y, 4);
    *p++ = '-';
    p = putPadded(p, m, 2);
    *p++ = '-';
    p = putPadded(p, d, 2);
    *p++ = 'T';
    p = putPadded(p, int(secs / 3600), 2);
    *p++ = ':';
    p = putPadded(p, int(secs / 60 % 60), 2);
    *p++ = ':';
    return putPadded(p, int(secs % 60), 2);
}
} // namespace

bool parseWallDateTime(QStringView text, qint64 *wall)
{
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ') ||
        text[13] != u':' || text[16] != u':')
        return false;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(text, 0, 4, &y) || !digits(text, 5, 2, &mo) || !digits(text, 8, 2, &d) || !digits(text, 11, 2, &h) ||
        !digits(text, 14, 2, &mi) || !digits(text, 17, 2, &s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return false;
    qsizetype i = 19;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        const qsizetype start = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        if (i == start)
            return false;
    }
    if (i < text.size() && text[i] == u'Z')
        ++i;
    if (i != text.size())
        return false;
    const qint64 unixLocal = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    *wall = unixLocal - kTandemEpochUnix;
    return true;
}

QString formatWall(qint64 wall)
{
    char buf[40];
    const char *end = putWallFields(buf, wall + kTandemEpochUnix);
    return QString::fromLatin1(buf, end - buf);
}

QString formatIsoWithOffset(qint64 unixSeconds, int offsetSeconds)
{
    char buf[48];
    char *p = putWallFields(buf, unixSeconds + offsetSeconds);
    *p++ = offsetSeconds < 0 ? '-' : '+';
    const int abs = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    p = putPadded(p, abs / 3600, 2);
    *p++ = ':';
    p = putPadded(p, abs / 60 % 60, 2);
    return QString::fromLatin1(buf, p - buf);
}

} // namespace nb::tandem
