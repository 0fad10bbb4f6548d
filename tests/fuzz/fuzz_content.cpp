// libFuzzer target: the content loader, and what draws from loaded content. Any bytes
// must give a problem list or a valid model, never a crash, a leak or a hang.
#include "crossroads/compare.hpp"
#include "crossroads/loader.hpp"
#include "crossroads/text_version.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const crossroads::LoadResult r = crossroads::LoadContent(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!r.Ok()) {
        if (r.problems.empty()) __builtin_trap(); // refused without saying why
        return 0;
    }
    // A model the loader accepts must be safe to show in every view.
    crossroads::Session session;
    for (const crossroads::View view : {crossroads::View::Compare, crossroads::View::Ladder, crossroads::View::Quiz}) {
        session.view = view;
        (void)crossroads::TextVersionHtml(crossroads::i18n::Tr(), r.content, session);
    }
    std::vector<crossroads::SharedFlags> shared;
    for (const crossroads::Row& row : r.content.rows) shared.push_back(crossroads::FindSharedItems(row));
    (void)crossroads::ComparisonMarkdown(crossroads::i18n::Tr(), r.content, shared, {});
    return 0;
}
