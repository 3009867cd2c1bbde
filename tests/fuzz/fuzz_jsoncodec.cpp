// libFuzzer target: every decoder of what the server sends, on arbitrary bytes.
// Besides "no crash, no sanitizer report", it checks that the two decoders of the
// endpoint list agree: whatever the fast scanner accepts, the QJsonDocument path
// accepts too, with the same endpoints; and that a URL shown for editing hides nothing.
#include "apierror.h"
#include "endpointlistscanner.h"
#include "jsoncodec.h"
#include "servertext.h"
#include "urldisplay.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    QList<WebhookEndpoint> scanned;
    if (scanEndpointList(body, &scanned)) {
        QList<WebhookEndpoint> parsed;
        if (!JsonCodec::decodeEndpointListWithoutScanner(body, &parsed, &error) || parsed != scanned)
            std::abort(); // the two decoders disagree
    }
    QList<WebhookEndpoint> list;
    JsonCodec::decodeEndpointList(body, &list, &error);
    WebhookEndpoint endpoint;
    JsonCodec::decodeEndpoint(body, &endpoint, &error);
    QList<WebhookDelivery> deliveries;
    JsonCodec::decodeDeliveryList(body, &deliveries, &error);
    CreatedWebhook created;
    JsonCodec::decodeCreated(body, &created, &error);

    // What is shown of an error answer and of a URL.
    const ApiError e = ApiError::fromStatus(400, body, body.left(64));
    (void)e.message();
    (void)e.details();
    const QString text = QString::fromUtf8(body);
    (void)ServerText::oneLine(text);
    (void)ServerText::forCopy(text);
    (void)UrlDisplay::forDisplay(text);
    // What the edit field shows has nothing hidden left in it.
    for (const QChar c : UrlDisplay::forEditing(text)) {
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            std::abort();
    }
    (void)UrlDisplay::toAscii(text);
    return 0;
}
