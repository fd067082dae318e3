#include "keychaincredentialstore.h"

#include "logging/categories.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace nb {

namespace {

enum class Operation { Read, Write, Remove };

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        return QStringLiteral("delete");
    }
    return QString();
}

QString keychainErrorName(int error)
{
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        return QStringLiteral("OtherError");
    }
    return QStringLiteral("error %1").arg(error);
}

// What went wrong, as far as the user can act on it. QtKeychain 0.13 reports most Secret Service
// failures as OtherError with GLib's (English unless localised) message, so the message is inspected.
enum class Failure { BackendDown, Locked, Denied, Other };

Failure classify(int error, const QString &message)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return Failure::BackendDown;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Failure::Denied;
    default:
        break;
    }
    static const QStringList down = {
        QStringLiteral("Could not connect"),
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("was not provided by"),
        QStringLiteral("Cannot autolaunch"),
        QStringLiteral("Failed to connect"),
        QStringLiteral("NoServer"),
        QStringLiteral("Cannot spawn a message bus"),
        QStringLiteral("Connection refused"),
        QStringLiteral("Error.Spawn"),
        QStringLiteral("not activatable"),
    };
    static const QStringList locked = {
        QStringLiteral("collection/login"),
        QStringLiteral("locked"),
        QStringLiteral("prompt"),
        QStringLiteral("No such secret collection"),
    };
    for (const QString &d : down) {
        if (message.contains(d, Qt::CaseInsensitive))
            return Failure::BackendDown;
    }
    for (const QString &l : locked) {
        if (message.contains(l, Qt::CaseInsensitive))
            return Failure::Locked;
    }
    return Failure::Other;
}

} // namespace

// One read, write or delete requested by a caller; lives until answered (and, through the job's
// connection, until its last attempt's job has finished).
struct KeychainCredentialStore::Call {
    Operation op = Operation::Read;
    QString key;
    Secret value;
    QPointer<QObject> context;
    bool hasContext = false;
    ReadCallback readCallback;
    WriteCallback writeCallback;
    int attempt = 0;
    bool answered = false;
    QKeychain::Job *currentJob = nullptr; // only compared, never dereferenced after it finished
    std::unique_ptr<QTimer> timer;
};

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(Options(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(Options options, QObject *parent)
    : CredentialStore(parent)
    , m_options(std::move(options))
{}

// Jobs still running are not touched: each deletes itself once it has finished. Their callbacks are
// dropped with this object, like callbacks whose context is gone.
KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (GNOME Keyring, KWallet)");
#endif
}

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto call = std::make_shared<Call>();
    call->op = Operation::Read;
    call->key = key;
    call->context = context;
    call->hasContext = context != nullptr;
    call->readCallback = std::move(callback);
    start(call);
}

void KeychainCredentialStore::write(const QString &key, const Secret &value, QObject *context, WriteCallback callback)
{
    auto call = std::make_shared<Call>();
    call->op = Operation::Write;
    call->key = key;
    call->value = value;
    call->context = context;
    call->hasContext = context != nullptr;
    call->writeCallback = std::move(callback);
    start(call);
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    auto call = std::make_shared<Call>();
    call->op = Operation::Remove;
    call->key = key;
    call->context = context;
    call->hasContext = context != nullptr;
    call->writeCallback = std::move(callback);
    start(call);
}

void KeychainCredentialStore::start(const std::shared_ptr<Call> &call)
{
    QKeychain::Job *job = nullptr;
    switch (call->op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_options.service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_options.service);
        write->setBinaryData(call->value.revealBytes());
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_options.service);
        break;
    }
    // No parent and no auto-delete: the job deletes itself (deleteLater) once it has finished, whether
    // or not this store or the caller still exist. Nothing else ever deletes it, so nothing can delete
    // it while it runs.
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(call->key);
    connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    connect(job, &QKeychain::Job::finished, this,
            [this, call](QKeychain::Job *finished) { onJobFinished(call, finished); });
    call->currentJob = job;
    ++call->attempt;

    if (!call->timer) {
        call->timer = std::make_unique<QTimer>();
        call->timer->setSingleShot(true);
        connect(call->timer.get(), &QTimer::timeout, this, [this, call] { onTimeout(call); });
    }
    call->timer->start(m_options.timeout);
    qCDebug(lcKeychain) << "keychain" << operationName(call->op) << call->key << "attempt" << call->attempt;
    job->start();
}

void KeychainCredentialStore::onJobFinished(const std::shared_ptr<Call> &call, QKeychain::Job *job)
{
    if (call->answered || job != call->currentJob)
        return; // a job that outlived our timeout: its result is no longer wanted
    call->currentJob = nullptr;
    call->timer->stop();

    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        if (call->op == Operation::Read)
            finish(call, std::nullopt, Secret(static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData()));
        else
            finish(call, std::nullopt);
        return;
    }
    if (error == QKeychain::EntryNotFound && call->op != Operation::Write) {
        finish(call, std::nullopt); // read: not found; delete: already gone
        return;
    }
    const bool backendDown = classify(error, job->errorString()) == Failure::BackendDown;
    if (backendDown && m_options.retryWhenBackendDown && call->attempt == 1) {
        qCInfo(lcKeychain) << "no keychain service answered; trying again in" << m_options.backendRetryDelay.count()
                           << "ms:" << job->errorString();
        QTimer::singleShot(m_options.backendRetryDelay, this, [this, call] {
            if (!call->answered)
                start(call);
        });
        return;
    }
    finish(call, errorFor(*call, error, job->errorString()));
}

void KeychainCredentialStore::onTimeout(const std::shared_ptr<Call> &call)
{
    if (call->answered)
        return;
    // The job keeps running and deletes itself when it ends; only our interest in it stops here.
    call->currentJob = nullptr;
    const int seconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_options.timeout).count());
    SyncError e = SyncError::make(
        SyncError::Kind::Keychain,
        tr("The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; "
           "otherwise unlock the keychain or restart its service, then try again.",
           nullptr, seconds),
        QStringLiteral("keychain %1 of '%2' timed out after %3 ms (attempt %4)")
            .arg(operationName(call->op), call->key)
            .arg(m_options.timeout.count())
            .arg(call->attempt),
        true);
    finish(call, e);
}

void KeychainCredentialStore::finish(const std::shared_ptr<Call> &call, const std::optional<SyncError> &error,
                                     std::optional<Secret> value)
{
    if (call->answered)
        return;
    call->answered = true;
    if (call->timer) {
        // We may be inside this timer's own timeout signal: never delete it synchronously.
        call->timer->stop();
        call->timer.release()->deleteLater();
    }
    call->value = Secret();
    if (error)
        qCWarning(lcKeychain).noquote() << error->toLogString();
    if (call->hasContext && !call->context)
        return; // the caller is gone
    if (call->op == Operation::Read) {
        if (error)
            call->readCallback(*error);
        else
            call->readCallback(std::move(value));
    } else {
        if (error)
            call->writeCallback(*error);
        else
            call->writeCallback(Result<void>());
    }
}

SyncError KeychainCredentialStore::errorFor(const Call &call, int keychainError, const QString &errorString) const
{
    QString user;
    bool retryable = true;
    switch (classify(keychainError, errorString)) {
    case Failure::BackendDown:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        user = tr("No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop "
                  "session that provides one, or install and start gnome-keyring. On a server without a desktop you "
                  "can choose the unencrypted credentials file in the settings.");
#else
        user = tr("The system keychain is not available. Try again after logging in again.");
#endif
        break;
    case Failure::Locked:
        user = tr("The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock "
                  "it. Unlock it (for example with your desktop's password manager, or by logging in again) and "
                  "try again.");
        break;
    case Failure::Denied:
        user = tr("Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.");
        retryable = keychainError != QKeychain::AccessDeniedByUser;
        break;
    case Failure::Other:
        if (keychainError == QKeychain::CouldNotDeleteEntry) {
            user = tr("The keychain could not delete the saved credential. Remove it with your keychain manager.");
        } else if (keychainError == QKeychain::NotImplemented) {
            user = tr("This system has no keychain Nightbridge can use.");
            retryable = false;
        } else {
            user = tr("The keychain reported an error. Make sure it is unlocked and try again; the log has details.");
        }
        break;
    }
    return SyncError::make(SyncError::Kind::Keychain, user,
                           QStringLiteral("keychain %1 of '%2' failed after %3 attempt(s): %4: %5")
                               .arg(operationName(call.op), call.key)
                               .arg(call.attempt)
                               .arg(keychainErrorName(keychainError), errorString),
                           retryable);
}

} // namespace nb
