#pragma once
// The CLI's JSON shapes. Other tools and tests depend on them: extend, never rename.

#include "Importer.h"
#include "Library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace digest::json {

QJsonObject issue(const IssueSummary& issue);
QJsonObject issueDetail(const IssueDetail& detail);
QJsonObject item(const ItemRecord& item);
QJsonObject searchHit(const SearchHit& hit);
QJsonObject importResult(const ImportFileResult& result);
QJsonObject entity(const EntitySummary& entity);

}  // namespace digest::json
