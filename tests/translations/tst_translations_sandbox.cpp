// The app in German, loaded the way main() loads it (AppTranslations), against the real
// sandbox: no visible text of the main window (menus, toolbar, headers, filters, status bar,
// details pane, table cells) or of the edit dialog is left in English, except proper names
// and wire values (whatever the translation keeps as it is). The .ts files are complete, the
// English file gives English its plural forms, and the layout holds right to left.
#include "apiclient.h"
#include "apptranslations.h"
#include "editendpointdialog.h"
#include "endpointlistcontroller.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "shownwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

// The current messages of a .ts file (vanished and obsolete ones left out).
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool old = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            current.translations.removeAll(QString());
            if (!old)
                messages << current;
        }
    }
    return messages;
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return text.replace(QLatin1String("&&"), QLatin1String("&"));
}

// A catalogue text as a pattern that matches it with any values put in for %1, %n, %Ln.
QRegularExpression patternOf(const QString &text)
{
    const QStringList literal = withoutMnemonic(text).split(QRegularExpression(QStringLiteral(R"(%L?(?:\d+|n))")));
    QStringList escaped;
    for (const QString &part : literal)
        escaped << QRegularExpression::escape(part);
    return QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral("(.*)")) + QStringLiteral("$"),
                              QRegularExpression::DotMatchesEverythingOption);
}

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every text a person sees in `root` (visible widgets only): labels, buttons, placeholders,
// combo items, group titles, headers and cells of views, menus and their actions, and the
// window's title.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    texts << root->windowTitle();
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << withoutMnemonic(plainText(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << withoutMnemonic(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            texts << dock->windowTitle();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(model->rowCount(), 40); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString()
                          << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            QList<QAction *> actions = bar->actions();
            while (!actions.isEmpty()) {
                QAction *a = actions.takeFirst();
                texts << withoutMnemonic(a->text()) << a->toolTip();
                if (a->menu())
                    actions += a->menu()->actions();
            }
        }
        texts << w->toolTip();
    }
    texts.removeAll(QString());
    return texts;
}

// The mnemonic letters (after a single &) that more than one of `texts` uses.
QStringList mnemonicClashes(const QStringList &texts)
{
    QHash<QChar, QStringList> users;
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
    for (const QString &text : texts) {
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            users[m.captured(1).at(0).toLower()] << text;
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.value().join(QStringLiteral(" / "));
    }
    return clashes;
}

// What Alt+letter reaches in `root` without opening a menu: the menu bar's titles, and the
// visible buttons and labels.
QStringList topLevelMnemonicTexts(QWidget *root)
{
    QStringList texts;
    for (QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        for (QAction *a : bar->actions())
            texts << a->text();
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            texts << label->text();
    }
    return texts;
}

} // namespace

class TestTranslationsSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void germanFileIsComplete();
    void englishPluralsRead();
    void mainWindowHasNoEnglishLeft();
    void editDialogHasNoEnglishLeft();
    void rightToLeftKeepsTheWindowWhole();

private:
    // The visible texts among `texts` that are an English catalogue text the German file
    // translates differently, and not a German one.
    QStringList english(const QStringList &texts) const;
    QString shot(QWidget *w, const QString &name) const;
    bool loadWindow();

    QTemporaryDir m_settingsDir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
    QList<QRegularExpression> m_englishPatterns;
    QList<QRegularExpression> m_germanPatterns;
};

void TestTranslationsSandbox::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OptimalDialTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    // As main() does for a German system locale.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const AppTranslations::Loaded loaded = AppTranslations::install(*qApp, QLocale());
    QCOMPARE(loaded.app, QStringLiteral(":/i18n/optimaldial-webhooks_de.qm"));
    QVERIFY2(loaded.qt.endsWith(QLatin1String("qtbase_de.qm")), qPrintable(loaded.qt)); // qt6-translations-l10n
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    for (const Message &m : readTs(QStringLiteral(ODWH_TS_DIR "/optimaldial-webhooks_de.ts"))) {
        // A text that is mostly placeholders ("%1 of %2", "%n h", "&%1 %2") would match any
        // text: as an English pattern it would flag server text, as a German one excuse English.
        const auto lettersOf = [](const QString &text) {
            return QString(text).remove(QRegularExpression(QStringLiteral(R"(%L?(?:\d+|n)|[^\p{L}])"))).size();
        };
        for (const QString &t : m.translations) {
            if (lettersOf(t) >= 2)
                m_germanPatterns << patternOf(t);
        }
        const qsizetype letters
            = QString(m.source).remove(QRegularExpression(QStringLiteral(R"(%L?(?:\d+|n)|[^A-Za-z])"))).size();
        if (letters >= 4 && !m.translations.contains(m.source) && !m.translations.contains(withoutMnemonic(m.source)))
            m_englishPatterns << patternOf(m.source);
    }
    QVERIFY(m_englishPatterns.size() > 500);

    QVERIFY2(m_sandbox.start({QStringLiteral("--generate"), QStringLiteral("40")}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(&m_nam, this);
    QVERIFY(m_client->configure(m_sandbox.baseUrl(), SandboxProcess::keyA()));
}

void TestTranslationsSandbox::cleanupTestCase()
{
    delete m_window;
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QStringList TestTranslationsSandbox::english(const QStringList &texts) const
{
    QStringList left;
    for (const QString &text : texts) {
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto matches = [&line](const QRegularExpression &re) { return re.match(line).hasMatch(); };
            if (std::any_of(m_englishPatterns.cbegin(), m_englishPatterns.cend(), matches)
                && std::none_of(m_germanPatterns.cbegin(), m_germanPatterns.cend(), matches))
                left << line;
        }
    }
    left.removeDuplicates();
    return left;
}

QString TestTranslationsSandbox::shot(QWidget *w, const QString &name) const
{
    const QString dir = qEnvironmentVariable("ODWH_SHOTS_DIR");
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    w->grab().save(path);
    return path;
}

bool TestTranslationsSandbox::loadWindow()
{
    delete m_window;
    m_window = new MainWindow(m_client);
    m_window->setProfiles({QStringLiteral("Produktion")}, QStringLiteral("Produktion"), QStringLiteral("od_live_abcd"));
    m_window->resize(1280, 760);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        return false;
    if (!refreshAndWait(m_window))
        return false;
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("endpointTable"));
    const QString first = table->model()->index(0, 0).data(EndpointTableModel::EndpointIdRole).toString();
    return m_window->selectId(first) && m_window->selectedId() == first;
}

void TestTranslationsSandbox::germanFileIsComplete()
{
    const QList<Message> german = readTs(QStringLiteral(ODWH_TS_DIR "/optimaldial-webhooks_de.ts"));
    QVERIFY(german.size() > 500);
    QStringList unfinished;
    for (const Message &m : german) {
        if (m.unfinished || m.translations.isEmpty())
            unfinished << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    // German has two plural forms: every numerus message gives both, the plural with its number.
    int plurals = 0;
    for (const Message &m : german) {
        if (!m.numerus)
            continue;
        ++plurals;
        QVERIFY2(m.translations.size() == 2, qPrintable(m.source));
        QVERIFY2(m.translations.at(1).contains(QLatin1String("%n"))
                     || m.translations.at(1).contains(QLatin1String("%Ln")),
                 qPrintable(m.source));
    }
    QVERIFY(plurals > 30);
}

void TestTranslationsSandbox::englishPluralsRead()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/optimaldial-webhooks_en.qm")));
    QCOMPARE(english.translate("MainWindow", "%Ln endpoint(s)", nullptr, 1), QStringLiteral("%Ln endpoint"));
    QCOMPARE(english.translate("MainWindow", "%Ln endpoint(s)", nullptr, 2), QStringLiteral("%Ln endpoints"));
    QCOMPARE(english.translate("DeletionReport", "%n endpoint(s) were not deleted because you cancelled.", nullptr, 1),
             QStringLiteral("%n endpoint was not deleted because you cancelled."));
    // Every plural message of the code is in the English file, each with both forms.
    const QList<Message> plurals = readTs(QStringLiteral(ODWH_TS_DIR "/optimaldial-webhooks_en.ts"));
    const QList<Message> german = readTs(QStringLiteral(ODWH_TS_DIR "/optimaldial-webhooks_de.ts"));
    QCOMPARE(plurals.size(), std::count_if(german.cbegin(), german.cend(), [](const Message &m) { return m.numerus; }));
    for (const Message &m : plurals) {
        QVERIFY2(m.numerus && !m.unfinished && m.translations.size() == 2, qPrintable(m.source));
        QVERIFY2(!m.translations.at(0).contains(QLatin1String("(s)"))
                     && !m.translations.at(1).contains(QLatin1String("(s)")),
                 qPrintable(m.source));
    }
}

void TestTranslationsSandbox::mainWindowHasNoEnglishLeft()
{
    QVERIFY(loadWindow());
    const QStringList texts = visibleTexts(m_window);
    QVERIFY(texts.contains(QStringLiteral("Datei")));
    QVERIFY(texts.contains(QStringLiteral("Ansicht")));
    QVERIFY(texts.contains(QStringLiteral("Beschreibung")));
    QVERIFY(texts.contains(QStringLiteral("Fehlerhaft")) || texts.contains(QStringLiteral("Intakt")));
    const QStringList left = english(texts);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English left:\n") + left.join(QLatin1Char('\n'))));
    // The checker is not blind: the English source texts themselves are caught.
    QCOMPARE(english({QStringLiteral("File"), QStringLiteral("not loaded yet")}).size(), 2);
    // Every German mnemonic is unique where it acts: in each menu, and among the menu bar and
    // the window's visible buttons and labels.
    QStringList clashes = mnemonicClashes(topLevelMnemonicTexts(m_window));
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        QStringList items;
        for (QAction *a : menu->actions())
            items << a->text();
        clashes += mnemonicClashes(items);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QCOMPARE(mnemonicClashes({QStringLiteral("&Datei"), QStringLiteral("&Details"), QStringLiteral("Q&&A")}).size(), 1);
    shot(m_window, QStringLiteral("german-main-window"));
}

void TestTranslationsSandbox::editDialogHasNoEnglishLeft()
{
    QVERIFY(loadWindow());
    m_window->editSelected();
    EditEndpointDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditEndpointDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QStringList texts = visibleTexts(dialog);
    QVERIFY(texts.contains(QStringLiteral("Webhook-Endpunkt bearbeiten \u2013 ") + m_window->selectedId())
            || texts.contains(QStringLiteral("Beschreibung:")));
    const QStringList left = english(texts);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English left:\n") + left.join(QLatin1Char('\n'))));
    const QStringList clashes = mnemonicClashes(topLevelMnemonicTexts(dialog));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    shot(dialog, QStringLiteral("german-edit-dialog"));
    dialog->reject();
}

void TestTranslationsSandbox::rightToLeftKeepsTheWindowWhole()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QVERIFY(loadWindow());
    QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    // Every visible label of the details pane fits inside the window.
    const QRect window = m_window->rect();
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(m_window) || label->text().isEmpty())
            continue;
        const QRect r(label->mapTo(m_window, QPoint(0, 0)), label->size());
        QVERIFY2(window.contains(r), qPrintable(label->text()));
    }
    shot(m_window, QStringLiteral("german-right-to-left"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestTranslationsSandbox)
#include "tst_translations_sandbox.moc"
