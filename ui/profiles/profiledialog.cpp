#include "profiledialog.h"
#include "ui_profiledialog.h"

#include "apiclient.h"
#include "apikey.h"
#include "appinfo.h"
#include "enrolmentfactory.h"
#include "messageboxes.h"
#include "profilestore.h"
#include "tonecolours.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

namespace {

bool isCopyOrCut(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}

} // namespace

ProfileDialog::ProfileDialog(Mode mode, const EnrolmentFactory *enrolments, const Profile &existing, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ProfileDialog>()), m_enrolment(enrolments->create(mode, existing, this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("profileDialog"));

    m_verifyButton = ui->buttonBox->addButton(tr("&Verify and Save"), QDialogButtonBox::AcceptRole);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the key with the server and save the profile"));
    m_verifyButton->setDefault(true);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));

    switch (mode) {
    case Mode::FirstRun:
        setWindowTitle(tr("Connect to OptimalDial"));
        ui->introLabel->setText(tr("Welcome. To administer your organization's webhook endpoints, connect with an "
                                   "OptimalDial API key that has the scope webhooks:manage. You can add more "
                                   "organizations later, each as its own profile."));
        break;
    case Mode::AddProfile:
        setWindowTitle(tr("Add Profile"));
        ui->introLabel->setText(tr("A profile connects to one organization: give it a name and that organization's API key."));
        break;
    case Mode::ReplaceKey:
        setWindowTitle(tr("Replace API Key"));
        //: %2 is the beginning of the current key, or "none" (the next string) when there is none
        ui->introLabel->setText(
            tr("Paste the new API key for \u201c%1\u201d. It is checked with the server before it "
               "replaces the current key (%2\u2026).")
                .arg(existing.name, existing.keyPrefix.isEmpty() ? tr("none", "no current key") : existing.keyPrefix));
        break;
    }
    ui->storageNote->setText(tr("The key is kept in the system keychain, never in a file. Afterwards only its "
                                "beginning (such as od_live_AbCd) is shown."));

    if (mode == Mode::ReplaceKey) {
        ui->nameEdit->setText(existing.name);
        ui->nameEdit->setReadOnly(true);
        ui->nameEdit->setFocusPolicy(Qt::ClickFocus);
        ui->baseUrlEdit->setText(existing.baseUrl.isValid() ? existing.baseUrl.toString()
                                                            : ProfileStore::defaultBaseUrl().toString());
        ui->keyEdit->setFocus();
    } else {
        ui->nameEdit->setMaxLength(ProfileStore::MaxNameLength);
        ui->baseUrlEdit->setText(ProfileStore::defaultBaseUrl().toString());
        ui->nameEdit->setFocus();
    }

    // The key field: no copy, cut or drag out of it, no input-method learning, and no
    // selection (X11's primary selection is a clipboard too) while it is shown.
    ui->keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                     | Qt::ImhNoAutoUppercase);
    ui->keyEdit->setDragEnabled(false);
    ui->keyEdit->installEventFilter(this);
    connect(ui->keyEdit, &QLineEdit::selectionChanged, this, [this] {
        if (ui->keyEdit->echoMode() == QLineEdit::Normal && ui->keyEdit->hasSelectedText())
            ui->keyEdit->deselect();
    });
    connect(ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        if (shown)
            ui->keyEdit->deselect();
        ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
        ui->showKeyButton->setAccessibleName(shown ? tr("Hide the API key") : tr("Show the API key"));
        ui->showKeyButton->setToolTip(shown ? tr("Hide the key") : tr("Show the key as you type it"));
    });
    ui->showKeyButton->setToolTip(tr("Show the key as you type it"));

    connect(ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(ui->baseUrlEdit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(ui->keyEdit, &QLineEdit::textChanged, this, [this] {
        m_keyTouched = true;
        validate();
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::startEnrolment);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(ui->stopButton, &QPushButton::clicked, m_enrolment, &ProfileEnrolment::cancel);
    connect(m_enrolment, &ProfileEnrolment::stepChanged, this, &ProfileDialog::showStep);
    connect(m_enrolment, &ProfileEnrolment::sessionOnlyOffered, this, &ProfileDialog::askSessionOnly);
    connect(m_enrolment, &ProfileEnrolment::finished, this, &ProfileDialog::onFinished);

    setStatus(QString(), Tone::Neutral);
    showStep(ProfileEnrolment::Step::Idle);
    validate();
    adjustSize();
    resize(qMax(width(), 560), height());
}

ProfileDialog::~ProfileDialog() = default;

QString ProfileDialog::statusText() const { return ui->statusLabel->text(); }

QString ProfileDialog::enteredKey() const
{
    // A pasted key often brings a space or line break at its ends; inside, it is an error.
    return ui->keyEdit->text().trimmed();
}

QString ProfileDialog::nameError() const { return m_enrolment->checkName(ui->nameEdit->text()); }

QString ProfileDialog::baseUrlError(QUrl *url) const
{
    const QString text = ui->baseUrlEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the API's base URL, normally %1.").arg(ProfileStore::defaultBaseUrl().toString());
    QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return tr("Enter a full address such as %1.").arg(ProfileStore::defaultBaseUrl().toString());
    const QString why = ApiClient::checkBaseUrl(parsed);
    if (!why.isEmpty())
        return why;
    static const QRegularExpression apiPath(QStringLiteral("(^|/)api(/v1)?(/webhooks)?/?$"));
    if (apiPath.match(parsed.path()).hasMatch())
        return tr("Leave out \u201c%1\u201d: the app adds /api/v1/webhooks itself.").arg(parsed.path());
    parsed = parsed.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (parsed.path() == QLatin1String("/"))
        parsed.setPath(QString());
    if (url)
        *url = parsed;
    return {};
}

void ProfileDialog::validate()
{
    const QString nameProblem = nameError();
    if (mode() == Mode::ReplaceKey)
        setMessage(ui->nameMessage, QString(), Tone::Neutral);
    else
        setMessage(ui->nameMessage, nameProblem, m_nameTouched ? Tone::Error : Tone::Neutral);

    QUrl url;
    const QString urlProblem = baseUrlError(&url);
    setMessage(ui->baseUrlMessage, urlProblem, Tone::Error);

    const QString key = enteredKey();
    const QString keyProblem = ApiKey::check(key);
    if (key.isEmpty() && !m_keyTouched)
        setMessage(ui->keyMessage, tr("It starts with \u201cod_live_\u201d; it was shown once, when the key was created."),
                   Tone::Neutral);
    else if (!keyProblem.isEmpty())
        setMessage(ui->keyMessage, keyProblem, Tone::Error);
    else
        setMessage(ui->keyMessage,
                   tr("The key looks right (%1\u2026). It is checked with the server when you save.").arg(ApiKey::displayPrefix(key)),
                   Tone::Neutral);

    m_verifyButton->setEnabled(!m_enrolment->isRunning() && nameProblem.isEmpty() && urlProblem.isEmpty()
                               && keyProblem.isEmpty());
}

void ProfileDialog::setMessage(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    int row = -1;
    QFormLayout::ItemRole role;
    ui->formLayout->getWidgetPosition(label, &row, &role);
    if (row >= 0)
        ui->formLayout->setRowVisible(row, !text.isEmpty()); // no gap where there is nothing to say
    else
        label->setVisible(!text.isEmpty());
    label->setAccessibleName(text);
    m_tones.insert(label, tone);
    QPalette pal = palette();
    if (tone == Tone::Error)
        pal.setColor(QPalette::WindowText, ToneColours::colourFor(ToneColours::Tone::Error, pal));
    label->setPalette(pal);
}

void ProfileDialog::setStatus(const QString &text, Tone tone)
{
    m_statusTone = tone;
    setMessage(ui->statusLabel, text, tone);
    ui->statusPanel->setVisible(!text.isEmpty());
    ui->progressBar->setVisible(tone == Tone::Busy);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (tone == Tone::Error)
        ui->statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    else if (tone == Tone::Neutral && !text.isEmpty())
        ui->statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    else
        ui->statusIcon->clear();
    ui->statusIcon->setVisible(tone != Tone::Busy && !text.isEmpty());
    // Screen readers hear what happened.
    ui->statusPanel->setAccessibleName(text);
}

void ProfileDialog::showStep(ProfileEnrolment::Step step)
{
    using Step = ProfileEnrolment::Step;
    const bool editing = step == Step::Idle;
    ui->nameEdit->setEnabled(editing);
    ui->baseUrlEdit->setEnabled(editing);
    ui->keyEdit->setEnabled(editing);
    ui->showKeyButton->setEnabled(editing);
    ui->stopButton->setVisible(step == Step::Verifying);
    // The keychain always answers (it has its own timeout); a half-stored key is worse
    // than a short wait, so Cancel waits for it.
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(step == Step::Idle || step == Step::Verifying);
    validate();
    if (step == Step::Verifying)
        setStatus(tr("Checking the key with %1\u2026").arg(m_enrolment->baseUrl().toDisplayString()), Tone::Busy);
    else if (step == Step::Storing)
        setStatus(tr("The server accepted the key. Storing it in the system keychain\u2026"), Tone::Busy);
}

void ProfileDialog::applyPalette()
{
    for (auto it = m_tones.cbegin(); it != m_tones.cend(); ++it) {
        const QString text = it.key()->text();
        setMessage(it.key(), text, it.value());
    }
    setStatus(ui->statusLabel->text(), m_statusTone);
}

void ProfileDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

bool ProfileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->keyEdit) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
        case QEvent::KeyPress:
            if (isCopyOrCut(static_cast<QKeyEvent *>(event))) {
                event->accept();
                return true; // the key never reaches the clipboard
            }
            break;
        case QEvent::ContextMenu: {
            QMenu *menu = ui->keyEdit->createStandardContextMenu();
            for (QAction *action : menu->actions()) {
                const QString name = action->objectName();
                if (name == QLatin1String("edit-copy") || name == QLatin1String("edit-cut"))
                    action->setEnabled(false);
            }
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProfileDialog::startEnrolment()
{
    validate();
    if (m_enrolment->isRunning() || !m_verifyButton->isEnabled())
        return;
    QUrl url;
    baseUrlError(&url);
    m_enrolment->start(ui->nameEdit->text(), url, enteredKey());
}

void ProfileDialog::askSessionOnly(const QString &why)
{
    setStatus(why, Tone::Error);
    const QString question =
        why + QLatin1String("\n\n")
        + tr("Use this key for this session only? It is kept in memory until you quit %1, never written to a file, "
             "and you will be asked for it again next time.")
              .arg(AppInfo::name())
        + QLatin1String("\n\n") + tr("Choose Cancel to make the keychain available first, then try again.");
    const auto answer = MessageBoxes::question(this, tr("System Keychain Unavailable"), question,
                                               {{QMessageBox::Yes, tr("&Use for This Session")},
                                                {QMessageBox::Cancel, tr("&Cancel")}},
                                               QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_enrolment->keepForSessionOnly();
    else
        m_enrolment->declineSessionOnly();
}

void ProfileDialog::onFinished(const ProfileEnrolment::Result &result)
{
    using Outcome = ProfileEnrolment::Outcome;
    switch (result.outcome) {
    case Outcome::Saved:
        m_result = result.profile;
        m_sessionOnly = result.sessionOnly;
        emit profileSaved(m_result, m_sessionOnly);
        QDialog::accept();
        return;
    case Outcome::Stopped:
        setStatus(result.message, Tone::Neutral);
        return;
    case Outcome::KeyRefused:
        setStatus(result.message, Tone::Error);
        ui->keyEdit->setFocus();
        return;
    case Outcome::CheckFailed:
    case Outcome::StoreFailed:
    case Outcome::SessionOnlyDeclined:
    case Outcome::SaveFailed:
        setStatus(result.message, Tone::Error);
        return;
    }
}

void ProfileDialog::reject()
{
    using Step = ProfileEnrolment::Step;
    if (m_enrolment->step() == Step::Storing || m_enrolment->step() == Step::AwaitingAnswer)
        return; // see showStep()
    if (m_enrolment->step() == Step::Verifying) {
        const QSignalBlocker quiet(m_enrolment); // its Stopped answer is not news any more
        m_enrolment->cancel();
    }
    QDialog::reject();
}
