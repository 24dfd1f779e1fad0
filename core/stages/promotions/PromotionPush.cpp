#include "stages/promotions/PromotionPush.h"

#include "flywheel/Recommendation.h"
#include "io/CsvWriter.h"
#include "io/FileNames.h"
#include "stages/promotions/EmailCopy.h"
#include "stages/promotions/PromotionQueries.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace flywheel::promotions {

namespace {
using namespace Qt::StringLiterals;

struct PushText {
    Q_DECLARE_TR_FUNCTIONS(PromotionPush)
};

CsvWriter::Options csvOptions(bool forSpreadsheets)
{
    CsvWriter::Options options;
    options.crlf = true;
    options.byteOrderMark = forSpreadsheets;
    options.neutraliseFormulas = true;
    return options;
}

Result<void> writeCsv(const QString& file, bool forSpreadsheets, std::initializer_list<std::string_view> header,
    const std::vector<QStringList>& rows)
{
    auto csv = CsvWriter::open(file, csvOptions(forSpreadsheets));
    if (!csv)
        return std::unexpected(csv.error());
    csv->writeRow(header);
    for (const QStringList& row : rows)
        csv->writeRow(row);
    return csv->close();
}

Result<void> writeText(const QString& file, const QString& text)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return fail(ErrorCode::Io,
            PushText::tr("Could not write %1. Check that the folder is writable and the disk is not full.")
                .arg(QDir::toNativeSeparators(file)));
    return {};
}

Result<QStringList> writePromotion(const Promotion& promotion, const std::vector<AudienceMember>& members,
    const QString& dir, const QString& language, const QString& storeName)
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString name = safeFileNamePart(promotion.code) + u'-' + date;
    const QString starts = promotion.startsOn.toString(Qt::ISODate);
    const QString ends = promotion.endsOn.toString(Qt::ISODate);
    const QString percent = QString::number(promotion.percent);
    std::vector<QStringList> matrixify;
    std::vector<QStringList> plain;
    std::vector<QStringList> klaviyo;
    std::vector<QStringList> mailchimp;
    for (const AudienceMember& m : members) {
        matrixify.push_back({ promotion.code + u' ' + promotion.productTitle, QStringLiteral("NEW"), m.code,
            QStringLiteral("percentage"), percent, starts, ends });
        plain.push_back({ m.code, percent, promotion.handle, promotion.productTitle, starts, ends, m.email });
        klaviyo.push_back({ m.email, m.firstName, m.lastName, m.countryCode, m.code, promotion.code });
        mailchimp.push_back({ m.email, m.firstName, m.lastName, m.code, promotion.code });
    }
    const QDir folder(dir);
    QStringList files { unusedFilePath(folder, u"discounts-"_s + name, u"csv"_s),
        unusedFilePath(folder, u"promotion-codes-"_s + name, u"csv"_s), unusedFilePath(folder, u"klaviyo-"_s + name, u"csv"_s),
        unusedFilePath(folder, u"mailchimp-"_s + name, u"csv"_s), unusedFilePath(folder, u"email-"_s + name, u"txt"_s) };
    auto ok = writeCsv(
        files[0], true, { "Title", "Command", "Code", "Value Type", "Value", "Starts At", "Ends At" }, matrixify);
    if (ok)
        ok = writeCsv(files[1], true,
            { "Code", "Discount percent", "Product handle", "Product", "Starts on", "Ends on", "Email" }, plain);
    if (ok)
        ok = writeCsv(
            files[2], false, { "Email", "First Name", "Last Name", "Country", "Discount Code", "Promotion" }, klaviyo);
    if (ok)
        ok = writeCsv(
            files[3], false, { "Email Address", "First Name", "Last Name", "Discount Code", "Tags" }, mailchimp);
    if (ok) {
        const EmailDraft draft = draftEmail(promotion, language, storeName);
        ok = writeText(files[4], draft.subject + u"\n\n"_s + draft.body);
    }
    if (!ok)
        return std::unexpected(ok.error());
    return files;
}

Result<void> markPushed(Database& db, const Promotion& promotion)
{
    auto update = db.prepare("UPDATE promotions SET pushed_at = ?2 WHERE subject_key = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bindAll(promotion.subjectKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto ok = update->run(); !ok)
        return ok;
    return RecommendationQueue(db).setStatus(promotion.actionId, QStringLiteral("pushed"));
}
} // namespace

Result<PushReport> pushPromotions(Database& db, const QString& dir)
{
    auto promotions = readPromotions(db);
    if (!promotions)
        return std::unexpected(promotions.error());
    PushReport report;
    StoreSettings settings(db);
    const QString language = settings.language();
    auto storeName = StoreSettings::get(db, settings::storeName);
    for (const Promotion& promotion : *promotions) {
        if (promotion.status != u"accepted" || !promotion.pushedAt.isEmpty())
            continue;
        auto audience = readAudience(db, promotion.subjectKey);
        if (!audience)
            return std::unexpected(audience.error());
        std::vector<AudienceMember> reached;
        int withoutEmail = 0;
        for (const AudienceMember& member : *audience) {
            if (member.control)
                continue;
            if (member.email.isEmpty())
                ++withoutEmail;
            else
                reached.push_back(member);
        }
        if (reached.empty()) {
            report.notes << PushText::tr("%1: no customer of its audience has an email address; left out.")
                                .arg(promotion.productTitle);
            continue;
        }
        if (!QDir().mkpath(dir))
            return fail(ErrorCode::Io,
                PushText::tr("Could not create the folder %1. Choose a folder you can write to.")
                    .arg(QDir::toNativeSeparators(dir)));
        auto files = writePromotion(promotion, reached, dir, language, storeName ? *storeName : QString());
        if (!files)
            return std::unexpected(files.error());
        if (auto ok = markPushed(db, promotion); !ok)
            return std::unexpected(ok.error());
        report.files << *files;
        ++report.products;
        ++report.actions;
        report.notes << PushText::tr("%1: %n customer(s) get a code; %2 held back as the control group are kept "
                                     "in the store and get nothing.",
            nullptr, int(reached.size()))
                            .arg(promotion.productTitle)
                            .arg(promotion.controlSize);
        if (withoutEmail > 0)
            report.notes << PushText::tr("%1: %n customer(s) without an email address left out.", nullptr, withoutEmail)
                                .arg(promotion.productTitle);
    }
    return report;
}

} // namespace flywheel::promotions
