// SignatureCheckerDialog: the fields typed into, Check pressed, the result read back.
// The vector (secret, header, body) is the openssl one of tests/domain/tst_signaturecheck.cpp:
//   printf '%s' '1776945600.{"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}}' | openssl dgst -sha256 -hmac 5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97
#include "signaturecheckerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

namespace {

const QString Secret = QStringLiteral("5f2b8c1e9d3a47b6a0c4e8f21d7b39a6c5e0f4a8b2d6193e7c0a5f8b1d4e2c97");
const QString Header
    = QStringLiteral("t=1776945600,v1=8b5c766d42313c39a4f3831b22978f5bde788584124e477f2db292746d4a4e2e");
const QString Body = QStringLiteral(
    R"({"id":"evt_01HZX3","type":"upload.completed","api_version":"2026-04-23","created_at":"2026-04-23T12:00:00Z","data":{"upload_id":"u_42","rows":1200}})");
constexpr qint64 SignedAt = 1776945600;

} // namespace

class TestSignatureCheckerDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_dialog.reset(); }
    void validSignature();
    void wrongSecret();
    void badHeader();
    void tooOld();
    void editingMakesTheResultStale();
    void secretIsHiddenUntilShown();
    void everyControlIsNamedAndLabelled();

private:
    void fill(const QString &secret, const QString &header, const QString &body);
    QString check();
    QLabel *result() const { return m_dialog->findChild<QLabel *>(QStringLiteral("resultText")); }
    QLabel *resultIcon() const { return m_dialog->findChild<QLabel *>(QStringLiteral("resultIcon")); }

    std::unique_ptr<SignatureCheckerDialog> m_dialog;
    qint64 m_now = SignedAt + 42;
};

void TestSignatureCheckerDialog::init()
{
    m_now = SignedAt + 42;
    m_dialog = std::make_unique<SignatureCheckerDialog>(nullptr);
    m_dialog->setClock([this] { return QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC); });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignatureCheckerDialog::fill(const QString &secret, const QString &header, const QString &body)
{
    auto *secretEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *headerEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("headerEdit"));
    auto *bodyEdit = m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    secretEdit->clear();
    headerEdit->clear();
    bodyEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    QTest::keyClicks(headerEdit, header);
    bodyEdit->setPlainText(body); // as pasted
}

QString TestSignatureCheckerDialog::check()
{
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *checkButton = nullptr;
    for (QAbstractButton *b : buttons->buttons()) {
        if (b->text() == QStringLiteral("Chec&k"))
            checkButton = qobject_cast<QPushButton *>(b);
    }
    if (!checkButton)
        return QString();
    QTest::mouseClick(checkButton, Qt::LeftButton);
    return result()->text();
}

void TestSignatureCheckerDialog::validSignature()
{
    fill(Secret, Header, Body);
    QCOMPARE(check(), QStringLiteral("Valid: v1 signature 1 of 1 matches, signed 42 s before now."));
    QVERIFY(!resultIcon()->pixmap().isNull());
    QCOMPARE(resultIcon()->accessibleName(), QStringLiteral("Valid"));
    // Pressing Enter in a field checks too (Check is the default button).
    fill(Secret, QStringLiteral(" X-OptimalDial-Signature: ") + Header + QStringLiteral(" "), Body);
    QTest::keyClick(m_dialog->findChild<QLineEdit *>(QStringLiteral("headerEdit")), Qt::Key_Return);
    QVERIFY(result()->text().startsWith(QStringLiteral("Valid:")));
}

void TestSignatureCheckerDialog::wrongSecret()
{
    fill(QString(64, QLatin1Char('0')), Header, Body);
    QCOMPARE(check(), QStringLiteral("No matching v1 signature: the v1 value is not the HMAC-SHA256 of this "
                                     "timestamp and body with this secret."));
    QCOMPARE(resultIcon()->accessibleName(), QStringLiteral("Not valid"));
    // The body re-formatted by a JSON parser no longer matches either.
    fill(Secret, Header, QStringLiteral("{\n  \"id\": \"evt_01HZX3\"\n}"));
    QVERIFY(check().startsWith(QStringLiteral("No matching v1 signature")));
}

void TestSignatureCheckerDialog::badHeader()
{
    fill(Secret, QStringLiteral("v1=8b5c766d42313c39a4f3831b22978f5bde788584124e477f2db292746d4a4e2e"), Body);
    QCOMPARE(check(), QStringLiteral("Bad header format: There is no timestamp (\u201ct=\u201d). Expected "
                                     "\u201ct=<Unix time>,v1=<64 hex characters>\u201d."));
    QCOMPARE(resultIcon()->accessibleName(), QStringLiteral("Not valid"));
}

void TestSignatureCheckerDialog::tooOld()
{
    m_now = SignedAt + 7 * 60 + 12;
    fill(Secret, Header, Body);
    QCOMPARE(check(), QStringLiteral("Timestamp outside the 5-minute window: signed 7 min 12 s before now."));
}

void TestSignatureCheckerDialog::editingMakesTheResultStale()
{
    fill(Secret, Header, Body);
    QVERIFY(check().startsWith(QStringLiteral("Valid:")));
    QTest::keyClicks(m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), QStringLiteral(" "));
    QVERIFY(result()->text().startsWith(QStringLiteral("Not checked yet")));
    QVERIFY(resultIcon()->pixmap().isNull());
}

void TestSignatureCheckerDialog::secretIsHiddenUntilShown()
{
    auto *secretEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *show = m_dialog->findChild<QToolButton *>(QStringLiteral("showSecretButton"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->accessibleName(), QStringLiteral("Hide the signing secret"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
}

void TestSignatureCheckerDialog::everyControlIsNamedAndLabelled()
{
    const QList<QWidget *> controls = {m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit")),
                                       m_dialog->findChild<QLineEdit *>(QStringLiteral("headerEdit")),
                                       m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))};
    QStringList mnemonics;
    for (QWidget *w : controls) {
        QVERIFY(w);
        QVERIFY(!w->accessibleName().isEmpty());
        QLabel *buddyLabel = nullptr;
        for (QLabel *l : m_dialog->findChildren<QLabel *>()) {
            if (l->buddy() == w)
                buddyLabel = l;
        }
        QVERIFY2(buddyLabel, qPrintable(w->objectName()));
        const int amp = buddyLabel->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(buddyLabel->text()));
        mnemonics << buddyLabel->text().mid(amp + 1, 1).toLower();
    }
    for (QAbstractButton *b : m_dialog->findChildren<QAbstractButton *>()) {
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        const int amp = b->text().indexOf(QLatin1Char('&'));
        if (amp >= 0)
            mnemonics << b->text().mid(amp + 1, 1).toLower();
    }
    QCOMPARE(QSet<QString>(mnemonics.begin(), mnemonics.end()).size(), mnemonics.size());
    QVERIFY(!result()->accessibleName().isEmpty());
}

QTEST_MAIN(TestSignatureCheckerDialog)
#include "tst_signaturecheckerdialog.moc"
