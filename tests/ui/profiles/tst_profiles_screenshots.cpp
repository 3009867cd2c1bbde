// Not a check of behaviour: renders the profile dialogs in the states a person sees
// (light and dark palettes) to PNG files for review. ODWH_SHOTS_DIR chooses the
// folder (default: ./shots in the test's working directory).
#include "apikey.h"
#include "enrolmentfactory.h"
#include "keyring.h"
#include "manageprofilesdialog.h"
#include "memorycredentialstore.h"
#include "miniserver.h"
#include "profiletesthelpers.h"
#include "profilestore.h"

#include <QApplication>
#include <QLayout>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

using namespace ProfileUi;

class TestProfilesScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileDialog_data();
    void profileDialog();
    void manageProfiles_data();
    void manageProfiles();

private:
    void applyTheme(bool dark);
    void save(QWidget *widget, const QString &name);
    // From now on the server answers every key check with this.
    void answer(int status, const QByteArray &body);

    QString m_dir;
    QPalette m_lightPalette;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<EnrolmentFactory> m_enrolments;
    std::unique_ptr<MiniServer> m_server;
    const QString m_key = QStringLiteral("od_live_FxXkScreenshotKey000000000000000");
};

void TestProfilesScreenshots::initTestCase()
{
    m_dir = qEnvironmentVariable("ODWH_SHOTS_DIR");
    if (m_dir.isEmpty())
        m_dir = QDir::current().filePath(QStringLiteral("shots"));
    QVERIFY(QDir().mkpath(m_dir));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(ApiKey::isWellFormed(m_key));
}

void TestProfilesScreenshots::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_tmp->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<MemoryCredentialStore>();
    m_keyring = std::make_unique<Keyring>(m_store.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_enrolments = std::make_unique<EnrolmentFactory>(m_profiles.get(), m_keyring.get(), m_nam.get());
    m_server = std::make_unique<MiniServer>();
    QVERIFY(m_server->isListening());
}

void TestProfilesScreenshots::cleanup()
{
    m_enrolments.reset();
    m_keyring.reset();
    m_store.reset();
    m_nam.reset();
    m_server.reset();
    m_profiles.reset();
    m_settings.reset();
    m_tmp.reset();
    applyTheme(false);
}

void TestProfilesScreenshots::applyTheme(bool dark)
{
    if (!dark) {
        QApplication::setPalette(m_lightPalette);
        return;
    }
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Button, QColor(58, 58, 62));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(58, 58, 62));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(40, 40, 42));
    QApplication::setPalette(p);
}

void TestProfilesScreenshots::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_dir).filePath(name + QLatin1String(".png"));
    // Apply pending layout changes (a message shown or hidden) before the picture.
    if (widget->layout())
        widget->layout()->activate();
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

void TestProfilesScreenshots::answer(int status, const QByteArray &body)
{
    const QByteArray bytes =
        MiniServer::response(status, body, status == 401 ? QList<QByteArray>{"WWW-Authenticate: Bearer"} : QList<QByteArray>{});
    m_server->setHandler([bytes](const HttpRequest &) { return MiniServer::Answer{bytes}; });
}

void TestProfilesScreenshots::profileDialog_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestProfilesScreenshots::profileDialog()
{
    QFETCH(bool, dark);
    applyTheme(dark);
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    ProfileDialog d(ProfileDialog::Mode::FirstRun, m_enrolments.get());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    save(&d, QStringLiteral("profiledialog-empty") + suffix);

    type(nameEdit(&d), QStringLiteral("Acme production"));
    type(keyEdit(&d), QStringLiteral("od_live_FxXk12"));
    save(&d, QStringLiteral("profiledialog-format-error") + suffix);

    type(baseUrlEdit(&d), QStringLiteral("http://api.optimaldial.com"));
    save(&d, QStringLiteral("profiledialog-insecure-url") + suffix);
    type(baseUrlEdit(&d), m_server->url().toString());

    type(keyEdit(&d), m_key);
    save(&d, QStringLiteral("profiledialog-ready") + suffix);

    m_server->setHandler([](const HttpRequest &) { return MiniServer::Answer::hangUp(); });
    QTest::mouseClick(verifyButton(&d), Qt::LeftButton);
    QVERIFY(d.isBusy());
    save(&d, QStringLiteral("profiledialog-verifying") + suffix);
    QTest::mouseClick(stopButton(&d), Qt::LeftButton);

    answer(401, R"({"detail":"Invalid API key"})");
    QTest::mouseClick(verifyButton(&d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    save(&d, QStringLiteral("profiledialog-refused") + suffix);

    // The keychain cannot be used: the real question box (not pre-answered here),
    // photographed and then answered with Cancel.
    answer(404, R"({"detail":"Not found"})");
    m_store->setForcedStatus(CredentialStore::Status::Unavailable);
    bool photographed = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll.stop();
        save(&d, QStringLiteral("profiledialog-keychain-unavailable") + suffix);
        save(box, QStringLiteral("profiledialog-keychain-unavailable-question") + suffix);
        photographed = true;
        box->button(QMessageBox::Cancel)->click();
    });
    poll.start();
    QTest::mouseClick(verifyButton(&d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(photographed, 10000);
    QTRY_VERIFY(!d.isBusy());
    save(&d, QStringLiteral("profiledialog-keychain-not-saved") + suffix);

    QTest::mouseClick(showKeyButton(&d), Qt::LeftButton);
    save(&d, QStringLiteral("profiledialog-key-shown") + suffix);
}

void TestProfilesScreenshots::manageProfiles_data() { profileDialog_data(); }

void TestProfilesScreenshots::manageProfiles()
{
    QFETCH(bool, dark);
    applyTheme(dark);
    QVERIFY(m_profiles->add({QStringLiteral("Acme production"), ProfileStore::defaultBaseUrl(), QStringLiteral("od_live_FxXk")}));
    QVERIFY(m_profiles->add({QStringLiteral("Globex (EU)"), QUrl(QStringLiteral("https://eu.api.optimaldial.com")),
                             QStringLiteral("od_live_Q7mA")}));
    QVERIFY(m_profiles->add({QStringLiteral("Local sandbox"), QUrl(QStringLiteral("http://127.0.0.1:8787")),
                             QStringLiteral("od_live_Test")}));
    m_keyring->useForSessionOnly(QStringLiteral("Local sandbox"), m_key);
    ManageProfilesDialog d(m_profiles.get(), m_keyring.get(), m_enrolments.get());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.selectProfile(QStringLiteral("Globex (EU)"));
    save(&d, QStringLiteral("manageprofiles") + (dark ? QStringLiteral("-dark") : QString()));
}

QTEST_MAIN(TestProfilesScreenshots)
#include "tst_profiles_screenshots.moc"
