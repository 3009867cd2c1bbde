#include "aboutdialog.h"

#include "appinfo.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppInfo::name()));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAccessibleName(tr("Application icon"));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(AppInfo::name(), this);
    name->setObjectName(QStringLiteral("aboutName"));
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    name->setFont(big);
    auto *summary = new QLabel(tr("Administers the webhook endpoints of an organization on the OptimalDial API. "
                                  "API keys are kept in the system keychain, never in a file."),
                               this);
    summary->setWordWrap(true);

    auto *form = new QFormLayout;
    addValue(form, tr("Version:"), AppInfo::version())->setAccessibleName(tr("Version: %1").arg(AppInfo::version()));
    addValue(form, tr("Licence:"), licence())->setAccessibleName(tr("Licence: %1").arg(licence()));
    const QString site = homepage().host();
    QLabel *link = addValue(
        form, tr("Homepage:"),
        QStringLiteral("<a href=\"%1\">%2</a>").arg(homepage().toString(QUrl::FullyEncoded), site.toHtmlEscaped()));
    link->setObjectName(QStringLiteral("homepageLink"));
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setFocusPolicy(Qt::StrongFocus);
    link->setAccessibleName(tr("Homepage: %1").arg(site));
    link->setToolTip(homepage().toString());
    connect(link, &QLabel::linkActivated, this, [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    addValue(form, tr("Qt:"), qtVersion())->setAccessibleName(tr("Qt: %1").arg(qtVersion()));
    addValue(form, tr("QtKeychain:"), AppInfo::keychainVersion())
        ->setAccessibleName(tr("QtKeychain: %1").arg(AppInfo::keychainVersion()));

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addSpacing(fontMetrics().height() / 2);
    text->addLayout(form);
    auto *top = new QHBoxLayout;
    top->setSpacing(fontMetrics().height());
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("&Close")); // the style's own has no mnemonic
    close->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(40 * fontMetrics().averageCharWidth());
}

QUrl AboutDialog::homepage() { return QUrl(AppInfo::homepage()); }

QString AboutDialog::licence()
{
    //: The app's licence: no open-source licence, the rights stay with the maker
    return tr("Proprietary (all rights reserved)");
}

QString AboutDialog::qtVersion()
{
    //: %1: the Qt version the app runs on; %2: the one it was built with
    return tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QLabel *AboutDialog::addValue(QFormLayout *form, const QString &caption, const QString &value)
{
    auto *label = new QLabel(value, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(caption, label);
    return label;
}
