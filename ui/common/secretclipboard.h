#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// Puts a secret (a signing secret, an API key) on the clipboard for a short while, as password
// managers do: the data is marked sensitive (x-kde-passwordManagerHint = "secret", which KDE's
// Klipper and other X11/Wayland clipboard managers honour by keeping it out of their history),
// and after the delay the clipboard is cleared, but only if it still holds that secret: what
// the user copied since is left alone. The copy kept for that comparison is wiped then.
// Destroying it (the app quits) clears a secret that is still on the clipboard at once.
// Never logs the secret.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearAfterMs = 30 * 1000;
    static const char *const SensitiveMimeType; // "x-kde-passwordManagerHint"

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfterMs(int ms) { m_clearAfterMs = ms; }
    int clearAfterMs() const { return m_clearAfterMs; }

    // Copies `secret` and (re)starts the delay; an earlier secret is forgotten.
    void copy(const QString &secret);
    // Clears now if the clipboard still holds the secret (e.g. when the app quits).
    void clearNow();
    bool isPending() const { return m_timer.isActive(); }

signals:
    // The delay ran out; `cleared` is false when the clipboard held something else by then.
    void expired(bool cleared);

private:
    void forget();

    QTimer m_timer;
    QString m_secret;
    int m_clearAfterMs = DefaultClearAfterMs;
};
