#include "accountscommand.h"

#include "credentials/credentialstore.h"
#include "exitcodes.h"
#include "prompt.h"
#include "settings/settings.h"
#include "state/statestore.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::cli {

namespace {

Result<Secret> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SyncError::make(SyncError::Kind::Config,
                               AccountsCommand::tr("Cannot read %1: %2").arg(path, file.errorString()),
                               QStringLiteral("cannot read secret file"));
    // Only the first line: files written by `echo` end with a newline.
    const QByteArray line = file.readLine().trimmed();
    if (line.isEmpty())
        return SyncError::make(SyncError::Kind::Config, AccountsCommand::tr("%1 is empty.").arg(path),
                               QStringLiteral("empty secret file"));
    return Secret(line);
}

const QList<QPair<const char *, const char *>> kFieldOptions = {
    {"name", "name"},
    {"region", "region"},
    {"country", "country"},
    {"timezone", "timezone"},
    {"pump-serial", "pumpSerial"},
    {"features", "features"},
    {"nightscout-url", "nightscoutUrl"},
    {"initial-days", "initialDays"},
};

} // namespace

QString AccountsCommand::summary() const
{
    return tr("Add, list, change or remove accounts (secrets go to the keychain)");
}

QString AccountsCommand::usage() const
{
    return tr("Usage:\n"
              "  nightbridge-cli accounts list [--json]\n"
              "  nightbridge-cli accounts add tandem [--email E] [--password-file F] [options]\n"
              "  nightbridge-cli accounts add carelink --country CC [--patient USER] [options]\n"
              "  nightbridge-cli accounts set [ID] [field=value ...] [options]\n"
              "  nightbridge-cli accounts remove ID\n\n"
              "Account options (add; set takes them too, or field=value):\n"
              "  --id ID               the account's id (default: tandem, tandem-2, carelink, ...)\n"
              "  --name TEXT           label shown in status and the tray\n"
              "  --region US|EU        Tandem region; CareLink: skip the country lookup\n"
              "  --country CC          CareLink: country of the account (ISO code, e.g. US, DE)\n"
              "  --timezone ZONE       Tandem: the pump clock's IANA time zone (default: this computer's)\n"
              "  --pump-serial S       Tandem: the pump to sync (default: the one with the newest data)\n"
              "  --features LIST       what to upload (default: the vendor's defaults)\n"
              "  --initial-days N      first sync: days of history (1-28, default 1)\n"
              "  --nightscout-url URL  a Nightscout site of its own (default: the shared site)\n"
              "  --disabled            added, but not synced\n"
              "Secrets (stored in the credential store, never in the settings file):\n"
              "  --email E             Tandem sign-in e-mail (prompted when missing on a terminal)\n"
              "  --password-file F     Tandem password from the first line of F (else prompted, no echo)\n"
              "  --password            prompt for the Tandem password (set)\n"
              "  --patient USER        CareLink care partner: the patient's CareLink username\n"
              "  --nightscout-secret-file F  API secret of the account's site, or with no ID the shared site\n"
              "  --nightscout-token-file F   access token instead of the API secret\n"
              "  --site-url URL        (set, no ID) the shared Nightscout site\n\n"
              "CareLink accounts sign in with a browser once: `nightbridge-cli carelink login --account ID`.\n");
}

void AccountsCommand::run(const QStringList &arguments, CommandIo &io, std::function<void(int)> done)
{
    if (!begin(io, std::move(done)))
        return;
    QCommandLineParser parser;
    for (const char *valued :
         {"id", "name", "region", "country", "timezone", "pump-serial", "features", "initial-days", "nightscout-url",
          "email", "password-file", "patient", "nightscout-secret-file", "nightscout-token-file", "site-url"})
        parser.addOption(QCommandLineOption(QLatin1String(valued), QString(), QStringLiteral("value")));
    for (const char *flag : {"json", "disabled", "password"})
        parser.addOption(QCommandLineOption(QLatin1String(flag)));
    if (!parser.parse(QStringList{name()} + arguments)) {
        usageError(parser.errorText());
        return;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    // Changing accounts rewrites settings, secrets and state that a running sync (tray app, daemon) uses:
    // only while no other process syncs. Listing is read-only.
    if (action != QLatin1String("list")) {
        if (auto locked = env().lock(); !locked.ok()) {
            io.err << locked.error().userMessage << '\n';
            finish(env().lockFailureCode(locked.error()));
            return;
        }
    }
    if (action == QLatin1String("list") && positional.size() == 1)
        list(parser.isSet(QStringLiteral("json")));
    else if (action == QLatin1String("add") && positional.size() == 2)
        add(parser, positional.at(1));
    else if (action == QLatin1String("set") && positional.size() >= 1) {
        QString id;
        QStringList assignments = positional.mid(1);
        if (!assignments.isEmpty() && !assignments.first().contains(QLatin1Char('=')))
            id = assignments.takeFirst();
        if (id.isEmpty() && !m_global.accounts.isEmpty())
            id = m_global.accounts.first();
        set(parser, id, assignments);
    } else if (action == QLatin1String("remove") && positional.size() == 2)
        remove(positional.at(1));
    else
        usageError(tr("Unknown or incomplete accounts command."));
}

void AccountsCommand::list(bool json)
{
    const QList<AccountConfig> accounts = env().accounts().load();
    QList<AccountConfig> all = accounts;
    for (const AccountConfig &a : env().environment().accounts)
        all.append(a);
    if (json) {
        QJsonArray array;
        for (const AccountConfig &a : all) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("vendor"), a.vendorName()},
                                     {QStringLiteral("name"), a.displayName()},
                                     {QStringLiteral("enabled"), a.enabled},
                                     {QStringLiteral("region"), a.region},
                                     {QStringLiteral("country"), a.country},
                                     {QStringLiteral("timezone"), a.timezone},
                                     {QStringLiteral("features"), a.features},
                                     {QStringLiteral("nightscoutUrl"), a.nightscoutUrl.toString()},
                                     {QStringLiteral("fromEnvironment"), a.fromEnvironment}});
        }
        io().out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(Ok);
        return;
    }
    if (all.isEmpty()) {
        io().out << tr("No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, "
                       "or import a tconnectsync .env with `nightbridge-cli import-env`.")
                 << '\n';
        finish(Ok);
        return;
    }
    io().out << QStringLiteral("%1 %2 %3 %4\n")
                    .arg(tr("ID"), -16)
                    .arg(tr("VENDOR"), -9)
                    .arg(tr("ENABLED"), -8)
                    .arg(tr("NAME"));
    for (const AccountConfig &a : all) {
        QString name = a.displayName();
        if (a.fromEnvironment)
            name += tr(" (from the environment)");
        io().out << QStringLiteral("%1 %2 %3 %4\n")
                        .arg(a.id, -16)
                        .arg(a.vendorName(), -9)
                        .arg(a.enabled ? tr("yes") : tr("no"), -8)
                        .arg(name);
    }
    finish(Ok);
}

void AccountsCommand::add(const QCommandLineParser &parser, const QString &vendorText)
{
    bool known = false;
    const AccountVendor vendor = vendorFromName(vendorText, &known);
    if (!known) {
        usageError(tr("The vendor must be tandem or carelink."));
        return;
    }
    AccountConfig a;
    a.vendor = vendor;
    a.id = parser.isSet(QStringLiteral("id")) ? parser.value(QStringLiteral("id")).trimmed()
                                              : env().accounts().newId(vendor);
    if (!isValidAccountId(a.id)) {
        usageError(tr("\"%1\" is not a valid account id (lower-case letters, digits, - and _).").arg(a.id));
        return;
    }
    if (env().accounts().contains(a.id)) {
        fail(SyncError::make(SyncError::Kind::Config,
                             tr("An account \"%1\" exists already; change it with `accounts set %1`.").arg(a.id),
                             QStringLiteral("account exists")));
        return;
    }
    a.enabled = !parser.isSet(QStringLiteral("disabled"));
    a.name = parser.value(QStringLiteral("name"));
    a.region = parser.value(QStringLiteral("region")).toUpper();
    a.country = parser.value(QStringLiteral("country")).toUpper();
    a.timezone = parser.value(QStringLiteral("timezone"));
    a.pumpSerial = parser.value(QStringLiteral("pump-serial"));
    a.features =
        parser.isSet(QStringLiteral("features")) ? parser.value(QStringLiteral("features")) : m_global.features;
    if (parser.isSet(QStringLiteral("nightscout-url")))
        a.nightscoutUrl = QUrl::fromUserInput(parser.value(QStringLiteral("nightscout-url")));
    if (parser.isSet(QStringLiteral("initial-days")))
        a.initialDays = parser.value(QStringLiteral("initial-days")).toInt();
    if (vendor == AccountVendor::CareLink && a.country.isEmpty() && a.region.isEmpty()) {
        usageError(tr("A CareLink account needs --country (or --region)."));
        return;
    }
    // Every field is checked before a secret is stored.
    if (auto valid = env().accounts().validate(a); !valid.ok()) {
        fail(valid.error());
        return;
    }
    m_accountId = a.id;
    gatherSecrets(parser, a.id, vendor == AccountVendor::Tandem, [this, a] {
        writeSecrets([this, a] {
            if (auto saved = env().accounts().save(a); !saved.ok()) {
                fail(saved.error());
                return;
            }
            io().out << tr("Added account \"%1\" (%2).").arg(a.id, a.vendorName()) << '\n';
            if (a.vendor == AccountVendor::CareLink)
                io().out << tr("Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.")
                                .arg(a.id, a.country.isEmpty() ? QStringLiteral("region") : QStringLiteral("country"),
                                     a.country.isEmpty() ? a.region : a.country)
                         << '\n';
            else
                io().out << tr("Check the sign-in with `nightbridge-cli check-login --account %1`.").arg(a.id) << '\n';
            finish(Ok);
        });
    });
}

void AccountsCommand::gatherSecrets(const QCommandLineParser &parser, const QString &accountId, bool tandemNeedsLogin,
                                    std::function<void()> then)
{
    const QString site = accountId.isEmpty() ? QStringLiteral("default") : accountId;
    const QList<QPair<const char *, QString>> files = {
        {"password-file", CredentialKeys::password(accountId)},
        {"nightscout-secret-file", CredentialKeys::nightscoutSecret(site)},
        {"nightscout-token-file", CredentialKeys::nightscoutToken(site)},
    };
    for (const auto &[option, key] : files) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        if (accountId.isEmpty() && QLatin1String(option) == QLatin1String("password-file")) {
            usageError(tr("--password-file needs an account id."));
            return;
        }
        const Result<Secret> secret = readSecretFile(parser.value(QLatin1String(option)));
        if (!secret.ok()) {
            fail(secret.error());
            return;
        }
        m_secrets.append({key, secret.value()});
    }
    if (parser.isSet(QStringLiteral("email")))
        m_secrets.append({CredentialKeys::email(accountId), Secret(parser.value(QStringLiteral("email")).trimmed())});
    if (parser.isSet(QStringLiteral("patient")))
        m_secrets.append(
            {CredentialKeys::patient(accountId), Secret(parser.value(QStringLiteral("patient")).trimmed())});
    m_needEmail = tandemNeedsLogin && !parser.isSet(QStringLiteral("email"));
    m_needPassword = (tandemNeedsLogin && !parser.isSet(QStringLiteral("password-file"))) ||
                     parser.isSet(QStringLiteral("password"));
    if ((m_needEmail || m_needPassword) && !Prompt::stdinIsTerminal() && tandemNeedsLogin) {
        fail(SyncError::make(SyncError::Kind::Config,
                             tr("Not on a terminal: give the Tandem e-mail with --email and the password with "
                                "--password-file."),
                             QStringLiteral("no terminal for prompts")));
        return;
    }
    askEmail([this, then] { askPassword(then); });
}

void AccountsCommand::askEmail(std::function<void()> then)
{
    if (!m_needEmail) {
        then();
        return;
    }
    Prompt::ask(io().err, io().in, tr("Tandem Source e-mail: "), true, this, [this, then](const QString &line) {
        if (line.trimmed().isEmpty()) {
            fail(SyncError::make(SyncError::Kind::Config, tr("No e-mail given."), QStringLiteral("no email")));
            return;
        }
        m_secrets.append({CredentialKeys::email(m_accountId), Secret(line.trimmed())});
        then();
    });
}

void AccountsCommand::askPassword(std::function<void()> then)
{
    if (!m_needPassword) {
        then();
        return;
    }
    Prompt::ask(
        io().err, io().in, tr("Tandem Source password (not shown): "), false, this, [this, then](const QString &line) {
            io().err << '\n';
            if (line.isEmpty()) {
                fail(SyncError::make(SyncError::Kind::Config, tr("No password given."), QStringLiteral("no password")));
                return;
            }
            m_secrets.append({CredentialKeys::password(m_accountId), Secret(line)});
            then();
        });
}

void AccountsCommand::writeSecrets(std::function<void()> then)
{
    if (m_secrets.isEmpty()) {
        then();
        return;
    }
    const auto [key, value] = m_secrets.takeFirst();
    env().credentials().write(key, value, this, [this, then](const Result<void> &written) {
        if (!written.ok()) {
            fail(written.error());
            return;
        }
        writeSecrets(then);
    });
}

void AccountsCommand::set(const QCommandLineParser &parser, const QString &id, const QStringList &assignments)
{
    if (!id.isEmpty() && !env().accounts().contains(id)) {
        fail(SyncError::make(SyncError::Kind::Config, tr("There is no account \"%1\".").arg(id),
                             QStringLiteral("no such account")));
        return;
    }
    if (id.isEmpty()) {
        // The shared Nightscout site.
        if (parser.isSet(QStringLiteral("site-url"))) {
            if (auto r = env().settings().setValue(keys::nightscoutUrl, parser.value(QStringLiteral("site-url")));
                !r.ok()) {
                fail(r.error());
                return;
            }
            if (parser.isSet(QStringLiteral("nightscout-token-file")))
                (void)env().settings().setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Token);
            else if (parser.isSet(QStringLiteral("nightscout-secret-file")))
                (void)env().settings().setEnum(keys::nightscoutAuthMode, NightscoutAuthMode::Secret);
            if (auto r = env().settings().sync(); !r.ok()) {
                fail(r.error());
                return;
            }
        }
        m_accountId.clear();
        gatherSecrets(parser, QString(), false, [this] {
            writeSecrets([this] {
                io().out << tr("The shared Nightscout site is updated.") << '\n';
                finish(Ok);
            });
        });
        return;
    }
    m_accountId = id;
    QStringList changes = assignments;
    for (const auto &[option, field] : kFieldOptions) {
        if (parser.isSet(QLatin1String(option)))
            changes.append(QLatin1String(field) + QLatin1Char('=') + parser.value(QLatin1String(option)));
    }
    if (parser.isSet(QStringLiteral("disabled")))
        changes.append(QStringLiteral("enabled=false"));
    for (const QString &change : changes) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usageError(tr("\"%1\" is not field=value.").arg(change));
            return;
        }
        if (auto r = env().accounts().setField(id, change.left(eq), change.mid(eq + 1)); !r.ok()) {
            fail(r.error());
            return;
        }
    }
    gatherSecrets(parser, id, false, [this, id] {
        writeSecrets([this, id] {
            // Changed credentials are the user acting: a paused account may try again.
            AccountRecord record = env().syncState().account(id);
            if (record.authPaused) {
                record.authPaused = false;
                (void)env().syncState().setAccount(id, record);
            }
            io().out << tr("Account \"%1\" is updated.").arg(id) << '\n';
            finish(Ok);
        });
    });
}

void AccountsCommand::remove(const QString &id)
{
    if (auto r = env().accounts().remove(id); !r.ok()) {
        fail(r.error());
        return;
    }
    (void)env().syncState().removeAccount(id);
    Outbox outbox(env().paths().outboxFor(id));
    (void)outbox.clear();
    QDir().rmdir(env().paths().outboxFor(id));
    removeSecrets(CredentialKeys::allForAccount(id), id);
}

void AccountsCommand::removeSecrets(QStringList keys, const QString &id)
{
    if (keys.isEmpty()) {
        io().out << tr("Removed account \"%1\" and its stored secrets.").arg(id) << '\n';
        finish(Ok);
        return;
    }
    const QString key = keys.takeFirst();
    env().credentials().remove(key, this, [this, keys, id](const Result<void> &) { removeSecrets(keys, id); });
}

} // namespace nb::cli
