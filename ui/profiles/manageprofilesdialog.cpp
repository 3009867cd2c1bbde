#include "manageprofilesdialog.h"
#include "ui_manageprofilesdialog.h"

#include "keyring.h"
#include "messageboxes.h"
#include "profiledialog.h"
#include "profilestore.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

ManageProfilesDialog::ManageProfilesDialog(ProfileStore *profiles, Keyring *keyring, const EnrolmentFactory *enrolments,
                                           QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::ManageProfilesDialog>()),
      m_profiles(profiles),
      m_keyring(keyring),
      m_enrolments(enrolments)
{
    Q_ASSERT(m_profiles && m_keyring && m_enrolments);
    ui->setupUi(this);
    setObjectName(QStringLiteral("manageProfilesDialog"));
    ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the profiles window"));
    QHeaderView *header = ui->profileList->header();
    header->setSectionsMovable(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BaseUrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);

    auto *removeAction = new QAction(tr("Remove Profile"), ui->profileList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    ui->profileList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, [this] {
        if (ui->removeButton->isEnabled())
            removeProfile();
    });

    connect(ui->addButton, &QPushButton::clicked, this, &ManageProfilesDialog::addProfile);
    connect(ui->replaceKeyButton, &QPushButton::clicked, this, &ManageProfilesDialog::replaceKey);
    connect(ui->removeButton, &QPushButton::clicked, this, &ManageProfilesDialog::removeProfile);
    connect(ui->setCurrentButton, &QPushButton::clicked, this, &ManageProfilesDialog::setSelectedAsCurrent);
    connect(ui->profileList, &QTreeWidget::itemSelectionChanged, this, &ManageProfilesDialog::updateButtons);
    // Double-click only: with single-click activation (a KDE setting) merely selecting
    // a row would switch profiles.
    connect(ui->profileList, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (ui->setCurrentButton->isEnabled())
            setSelectedAsCurrent();
    });

    connect(m_profiles, &ProfileStore::profilesChanged, this, &ManageProfilesDialog::refresh);
    connect(m_profiles, &ProfileStore::currentChanged, this, [this](const QString &name) {
        refresh();
        emit currentProfileChanged(name);
    });
    connect(m_keyring, &Keyring::keyChanged, this, &ManageProfilesDialog::refresh);

    refresh();
    selectProfile(m_profiles->currentName());
    ui->profileList->setFocus();
}

ManageProfilesDialog::~ManageProfilesDialog() = default;

QString ManageProfilesDialog::selectedName() const
{
    const QList<QTreeWidgetItem *> selected = ui->profileList->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(NameColumn, Qt::UserRole).toString();
}

ProfileDialog *ManageProfilesDialog::openProfileDialog() const { return m_profileDialog.data(); }

void ManageProfilesDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < ui->profileList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = ui->profileList->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            ui->profileList->setCurrentItem(item);
            return;
        }
    }
}

void ManageProfilesDialog::refresh()
{
    const QString selected = selectedName();
    const QString current = m_profiles->currentName();
    const QList<Profile> profiles = m_profiles->profiles();
    const QIcon currentIcon = style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this);

    const QSignalBlocker blocker(ui->profileList);
    ui->profileList->clear();
    for (const Profile &p : profiles) {
        auto *item = new QTreeWidgetItem(ui->profileList);
        const bool isCurrent = p.name == current;
        item->setData(NameColumn, Qt::UserRole, p.name);
        item->setText(NameColumn, p.name);
        item->setText(BaseUrlColumn, p.baseUrl.toDisplayString());
        //: API key column: no key is stored for this profile
        QString key = p.keyPrefix.isEmpty() ? tr("none") : p.keyPrefix + QChar(0x2026);
        if (m_keyring->hasSessionKey(p.name))
            key += QLatin1Char(' ') + tr("(this session only)");
        item->setText(KeyColumn, key);
        if (isCurrent) {
            // Bold, an icon and a word: never one cue alone.
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
            item->setIcon(StatusColumn, currentIcon);
            item->setText(StatusColumn, tr("Current"));
            item->setToolTip(NameColumn, tr("The profile in use"));
        }
    }

    if (!selected.isEmpty())
        selectProfile(selected);
    if (selectedName().isEmpty() && !current.isEmpty())
        selectProfile(current);
    if (profiles.isEmpty() && !m_busy)
        ui->statusLabel->setText(tr("There are no profiles. Add one to connect to an organization."));
    updateButtons();
}

void ManageProfilesDialog::updateButtons()
{
    const QString selected = selectedName();
    const bool hasSelection = !selected.isEmpty();
    ui->addButton->setEnabled(!m_busy);
    ui->replaceKeyButton->setEnabled(!m_busy && hasSelection);
    ui->removeButton->setEnabled(!m_busy && hasSelection);
    ui->setCurrentButton->setEnabled(!m_busy && hasSelection && selected != m_profiles->currentName());
}

void ManageProfilesDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    ui->statusLabel->setText(status);
    ui->statusLabel->setAccessibleName(status);
    updateButtons();
}

void ManageProfilesDialog::addProfile()
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::AddProfile, m_enrolments, Profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile profile = dialog->profile();
        selectProfile(profile.name);
        setBusy(false, tr("Added \u201c%1\u201d.").arg(profile.name));
        emit profileAdded(profile);
    });
    m_profileDialog = dialog;
    dialog->open();
}

void ManageProfilesDialog::replaceKey()
{
    const auto existing = m_profiles->find(selectedName());
    if (!existing || m_profileDialog)
        return;
    auto *dialog = new ProfileDialog(ProfileDialog::Mode::ReplaceKey, m_enrolments, *existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile profile = dialog->profile();
        setBusy(false, dialog->keptForSessionOnly()
                           ? tr("The new key of \u201c%1\u201d is used for this session only.").arg(profile.name)
                           : tr("The key of \u201c%1\u201d was replaced.").arg(profile.name));
        emit keyReplaced(profile);
    });
    m_profileDialog = dialog;
    dialog->open();
}

void ManageProfilesDialog::removeProfile()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy)
        return;
    const auto answer = MessageBoxes::question(
        this, tr("Remove Profile"),
        tr("Remove the profile \u201c%1\u201d?").arg(name) + QLatin1String("\n\n")
            + tr("Its API key is deleted from the system keychain. The webhook endpoints on the server are not affected."),
        {{QMessageBox::Yes, tr("&Remove")}, {QMessageBox::Cancel, tr("&Cancel")}}, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true, tr("Removing \u201c%1\u201d\u2026").arg(name));
    m_keyring->forget(name, this, [this, name](const Keyring::Result &result) {
        if (result.ok()) {
            finishRemoval(name);
            return;
        }
        const auto anyway = MessageBoxes::question(
            this, tr("Remove Profile"),
            tr("The key of \u201c%1\u201d could not be deleted from the system keychain.").arg(name) + QLatin1String("\n\n")
                + result.message + QLatin1String("\n\n")
                + tr("Remove the profile anyway? Its key then stays in the keychain until you delete it there."),
            {{QMessageBox::Yes, tr("&Remove Anyway")}, {QMessageBox::Cancel, tr("&Keep the Profile")}}, QMessageBox::Cancel);
        if (anyway == QMessageBox::Yes)
            finishRemoval(name);
        else
            setBusy(false, tr("The profile \u201c%1\u201d was kept.").arg(name));
    });
}

void ManageProfilesDialog::finishRemoval(const QString &name)
{
    m_profiles->remove(name);
    setBusy(false, tr("Removed \u201c%1\u201d.").arg(name));
    if (m_profiles->isEmpty())
        refresh();
    emit profileRemoved(name);
}

void ManageProfilesDialog::setSelectedAsCurrent()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_profiles->setCurrentName(name);
}
