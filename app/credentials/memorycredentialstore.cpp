#include "memorycredentialstore.h"

#include <QPointer>
#include <QTimer>

void MemoryCredentialStore::answer(QObject *context, Callback done, Result result)
{
    if (m_forced != Status::Ok) {
        result = Result{m_forced, QString(), describe(m_forced)};
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done, result] {
        if (!hasContext || guard)
            done(result);
    });
}

void MemoryCredentialStore::readKey(const QString &profile, QObject *context, Callback done)
{
    const auto it = m_keys.constFind(profile);
    if (m_forced == Status::Ok && it == m_keys.constEnd())
        answer(context, std::move(done), Result{Status::NotFound, QString(), QString()});
    else
        answer(context, std::move(done), Result{Status::Ok, m_forced == Status::Ok ? it.value() : QString(), QString()});
}

void MemoryCredentialStore::writeKey(const QString &profile, const QString &key, QObject *context, Callback done)
{
    if (m_forced == Status::Ok)
        m_keys.insert(profile, key);
    answer(context, std::move(done), Result{Status::Ok, QString(), QString()});
}

void MemoryCredentialStore::removeKey(const QString &profile, QObject *context, Callback done)
{
    const bool existed = m_forced == Status::Ok && m_keys.remove(profile) > 0;
    answer(context, std::move(done), Result{existed ? Status::Ok : Status::NotFound, QString(), QString()});
}
