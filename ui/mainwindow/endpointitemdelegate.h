#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>
#include <QStyledItemDelegate>

// Paints the endpoint table's cells as QStyledItemDelegate does, for the roles
// EndpointTableModel gives (text, icon, background, text alignment, text colour), at a
// fraction of its cost: the default delegate lays out and shapes each cell's text four
// to five times per paint (measuring for the check box, icon and text rectangles, then
// eliding, then drawing), which made a full repaint of the table the largest piece of
// GUI-thread work in a refresh. Here a cell's elided, shaped text is made once and kept
// (QStaticText, a bounded cache by text and width), so a repaint of rows already seen
// shapes nothing. Sizes, editors and everything else are QStyledItemDelegate's.
class EndpointItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EndpointItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct TextKey
    {
        QString text;
        int width;
        int elideMode;
        friend bool operator==(const TextKey &a, const TextKey &b)
        {
            return a.width == b.width && a.elideMode == b.elideMode && a.text == b.text;
        }
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elideMode);
        }
    };

    // The text as drawn in `width` pixels (elided as the view asks), shaped once.
    const QStaticText &shapedText(const QString &text, int width, const QStyleOptionViewItem &option) const;

    mutable QCache<TextKey, QStaticText> m_texts;
    mutable QFont m_font; // the font m_texts were made with
};
