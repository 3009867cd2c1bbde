#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStringList>
#include <QWidget>

// Every key a window answers to, and who claims it: the Alt+letter mnemonics of its
// visible buttons, buddied labels, checkable group boxes and menu bar titles, and the
// shortcuts of its actions and window-wide QShortcuts. clashes() names every key that
// two of them claim, and every letter that two items of one menu share.
class ShortcutAudit
{
public:
    explicit ShortcutAudit(QWidget *window)
    {
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                claim(QKeySequence::mnemonic(button->text()), describe(button, button->text()));
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                claim(QKeySequence::mnemonic(label->text()), describe(label, label->text()));
            else if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
                claim(QKeySequence::mnemonic(box->title()), describe(box, box->title()));
            else if (auto *bar = qobject_cast<QMenuBar *>(w))
                for (QAction *menu : bar->actions())
                    claim(QKeySequence::mnemonic(menu->text()), QStringLiteral("menu ") + menu->text());
        }
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue; // answers only while its own widget has focus
            for (const QKeySequence &keys : action->shortcuts())
                claim(keys, QStringLiteral("action ") + action->text());
        }
        for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
            if (shortcut->context() != Qt::WidgetShortcut)
                claim(shortcut->key(), QStringLiteral("shortcut ") + shortcut->key().toString());
        }
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            QMap<QKeySequence, QStringList> items;
            for (QAction *item : menu->actions()) {
                const QKeySequence letter = QKeySequence::mnemonic(item->text());
                if (!letter.isEmpty())
                    items[letter] << item->text();
            }
            for (auto it = items.cbegin(); it != items.cend(); ++it) {
                if (it.value().size() > 1)
                    m_clashes << QStringLiteral("menu %1: %2 for %3")
                                     .arg(menu->title(), it.key().toString(), it.value().join(QStringLiteral(", ")));
            }
        }
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (it.value().size() > 1)
                m_clashes << QStringLiteral("%1 for %2").arg(it.key().toString(), it.value().join(QStringLiteral(", ")));
        }
    }

    QStringList clashes() const { return m_clashes; }
    // How many keys the window answers to (mnemonics and shortcuts).
    int keyCount() const { return int(m_keys.size()); }

private:
    static QString describe(QWidget *w, const QString &text)
    {
        return QStringLiteral("%1 \u201c%2\u201d").arg(QString::fromLatin1(w->metaObject()->className()), text);
    }

    void claim(const QKeySequence &keys, const QString &owner)
    {
        if (keys.isEmpty())
            return;
        QStringList &owners = m_keys[keys];
        if (!owners.contains(owner))
            owners << owner;
    }

    QMap<QKeySequence, QStringList> m_keys;
    QStringList m_clashes;
};
