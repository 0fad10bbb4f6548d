// crossroads-page-texts OUT.json LANG.po...: i18n/page.json, the page's texts in every
// language but English (crossroads/page_texts.hpp), for boot.js to show before the app runs.
// The web build runs it under node, as it runs crossroads-check.
#include "crossroads/page_texts.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace crossroads;
    if (argc < 2) {
        std::cerr << "usage: crossroads-page-texts OUT.json LANG.po...\n";
        return 2;
    }
    std::vector<i18n::NamedText> catalogues;
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "crossroads-page-texts: cannot read " << argv[i] << "\n";
            return 1;
        }
        std::ostringstream text;
        text << in.rdbuf();
        const std::string path = argv[i];
        catalogues.push_back({path.substr(path.find_last_of('/') + 1), text.str()});
    }
    std::vector<Problem> problems;
    const std::string json = PageTextsFile(catalogues, problems).dump();
    for (const Problem& p : problems) std::cerr << "crossroads-page-texts: " << FormatProblem(p) << "\n";
    if (!problems.empty()) return 1;
    std::ofstream out(argv[1], std::ios::binary);
    out << json << "\n";
    return out ? 0 : 1;
}
