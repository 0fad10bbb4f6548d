#include "crossroads/i18n.hpp"
#include "crossroads/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <set>

namespace crossroads::i18n {

namespace {

Problem At(std::string code, std::string path, std::string message, Severity severity = Severity::Error) {
    Problem p;
    p.code = std::move(code);
    p.path = std::move(path);
    p.message = std::move(message);
    p.severity = severity;
    return p;
}

std::string LinePath(int line) { return "line " + std::to_string(line); }

// The text of a C string literal that starts at `at` (its opening quote). Returns false
// when it is not one; `error` says why.
bool Unquote(std::string_view line, std::size_t at, std::string& out, std::string& error) {
    if (at >= line.size() || line[at] != '"') {
        error = "a quoted string was expected";
        return false;
    }
    for (std::size_t i = at + 1; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            for (std::size_t j = i + 1; j < line.size(); ++j)
                if (!std::isspace(static_cast<unsigned char>(line[j]))) {
                    error = "text after the closing quote";
                    return false;
                }
            return true;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i == line.size()) break;
        switch (line[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: error = std::string("unknown escape \\") + line[i]; return false;
        }
    }
    error = "the string has no closing quote";
    return false;
}

std::string Quote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            default: out += c;
        }
    }
    return out + "\"";
}

// `keyword "text"`, split after each newline the way gettext writes it, so that a
// translator sees a multi-line message as lines.
void WriteString(std::string& out, std::string_view keyword, std::string_view text) {
    out += keyword;
    const std::size_t newline = text.find('\n');
    if (newline == std::string_view::npos || newline + 1 == text.size()) {
        out += ' ' + Quote(text) + '\n';
        return;
    }
    out += " \"\"\n";
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        out += Quote(text.substr(start, end - start)) + '\n';
        start = end;
    }
}

std::string_view Trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// The header entry's msgstr: "Key: value\n" lines.
std::vector<std::pair<std::string, std::string>> ParseHeader(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> fields;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos)
            fields.emplace_back(std::string(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
        start = end + 1;
    }
    return fields;
}

// A recursive-descent reader of gettext's plural expressions (a subset of C over one
// variable n): ?:, ||, &&, == !=, < > <= >=, + -, * / %, !, parentheses, numbers.
class PluralExpression {
public:
    PluralExpression(std::string_view text, long n) : text_(text), n_(n) {}
    // The value, or false when the text is not such an expression.
    bool Evaluate(long& value) {
        value = Ternary();
        Skip();
        return ok_ && pos_ == text_.size();
    }

private:
    void Skip() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    bool Take(std::string_view token) {
        Skip();
        if (text_.substr(pos_, token.size()) != token) return false;
        // "<" must not take the first half of "<=", nor "!" of "!=".
        if (token.size() == 1 && pos_ + 1 < text_.size() && text_[pos_ + 1] == '=' && std::string_view("<>!=").find(token[0]) != std::string_view::npos)
            return false;
        pos_ += token.size();
        return true;
    }
    long Ternary() {
        const long condition = Or();
        if (!Take("?")) return condition;
        const long yes = Ternary();
        if (!Take(":")) ok_ = false;
        const long no = Ternary();
        return condition ? yes : no;
    }
    long Or() {
        long v = And();
        while (Take("||")) { const long r = And(); v = (v || r) ? 1 : 0; }
        return v;
    }
    long And() {
        long v = Equality();
        while (Take("&&")) { const long r = Equality(); v = (v && r) ? 1 : 0; }
        return v;
    }
    long Equality() {
        long v = Relation();
        for (;;) {
            if (Take("==")) v = v == Relation() ? 1 : 0;
            else if (Take("!=")) v = v != Relation() ? 1 : 0;
            else return v;
        }
    }
    long Relation() {
        long v = Sum();
        for (;;) {
            if (Take("<=")) v = v <= Sum() ? 1 : 0;
            else if (Take(">=")) v = v >= Sum() ? 1 : 0;
            else if (Take("<")) v = v < Sum() ? 1 : 0;
            else if (Take(">")) v = v > Sum() ? 1 : 0;
            else return v;
        }
    }
    long Sum() {
        long v = Product();
        for (;;) {
            if (Take("+")) v += Product();
            else if (Take("-")) v -= Product();
            else return v;
        }
    }
    long Product() {
        long v = Unary();
        for (;;) {
            const bool times = Take("*");
            const bool divide = !times && Take("/");
            const bool modulo = !times && !divide && Take("%");
            if (!times && !divide && !modulo) return v;
            const long r = Unary();
            if (times) v *= r;
            else if (r == 0) ok_ = false;
            else v = divide ? v / r : v % r;
        }
    }
    long Unary() {
        if (Take("!")) return Unary() ? 0 : 1;
        return Primary();
    }
    long Primary() {
        Skip();
        if (Take("(")) {
            const long v = Ternary();
            if (!Take(")")) ok_ = false;
            return v;
        }
        if (pos_ < text_.size() && text_[pos_] == 'n') {
            ++pos_;
            return n_;
        }
        if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            long v = 0;
            while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) v = v * 10 + (text_[pos_++] - '0');
            return v;
        }
        ok_ = false;
        return 0;
    }

    std::string_view text_;
    long n_;
    std::size_t pos_ = 0;
    bool ok_ = true;
};

} // namespace

bool PoEntry::HasFlag(std::string_view flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool PoEntry::Translated() const {
    if (HasFlag("fuzzy") || strings.empty()) return false;
    return std::none_of(strings.begin(), strings.end(), [](const std::string& s) { return s.empty(); });
}

std::string PoFile::Header(std::string_view key) const {
    for (const auto& [k, v] : header)
        if (k == key) return v;
    return {};
}

PoFile ParsePo(std::string_view text, std::vector<Problem>& problems) {
    PoFile file;
    PoEntry entry;
    bool has_id = false, has_str = false, broken = false;
    std::string* target = nullptr; // the string a continuation line extends
    bool previous_target = false;  // the continuation belongs to "#| msgid"
    auto finish = [&] {
        if (has_id && !broken) {
            if (entry.id.empty() && entry.context.empty()) file.header = ParseHeader(entry.strings.empty() ? "" : entry.strings[0]);
            else if (!has_str) problems.push_back(At("po.syntax", LinePath(entry.line), "the message has no msgstr"));
            else file.entries.push_back(std::move(entry));
        }
        entry = PoEntry{};
        has_id = has_str = broken = false;
        target = nullptr;
    };
    int line_no = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::string_view trimmed = Trim(line);
        auto fail = [&](const std::string& why) {
            problems.push_back(At("po.syntax", LinePath(line_no), why));
            broken = true;
            target = nullptr;
        };
        if (trimmed.empty()) {
            finish();
            if (end == text.size()) break;
            continue;
        }
        if (trimmed.substr(0, 2) == "#~") continue; // obsolete: kept by tools, never used
        if (trimmed[0] == '#') {
            if (has_str) finish(); // comments start the next entry
            if (entry.line == 0) entry.line = line_no;
            const std::string_view rest = trimmed.size() > 2 ? Trim(trimmed.substr(2)) : std::string_view();
            const char kind = trimmed.size() > 1 ? trimmed[1] : ' ';
            if (kind == '.') entry.comment += (entry.comment.empty() ? "" : "\n") + std::string(rest);
            else if (kind == ':') {
                std::size_t p = 0;
                while (p < rest.size()) {
                    const std::size_t q = std::min(rest.find(' ', p), rest.size());
                    if (q > p) entry.references.emplace_back(rest.substr(p, q - p));
                    p = q + 1;
                }
            } else if (kind == ',') {
                std::size_t p = 0;
                while (p <= rest.size()) {
                    const std::size_t q = std::min(rest.find(',', p), rest.size());
                    const std::string_view flag = Trim(rest.substr(p, q - p));
                    if (!flag.empty()) entry.flags.emplace_back(flag);
                    p = q + 1;
                }
            } else if (kind == '|') {
                std::string error;
                if (rest.substr(0, 6) == "msgid ") {
                    entry.previous_id.clear();
                    if (!Unquote(rest, rest.find('"'), entry.previous_id, error)) fail(error);
                    previous_target = true;
                } else if (!rest.empty() && rest[0] == '"' && previous_target) {
                    if (!Unquote(rest, 0, entry.previous_id, error)) fail(error);
                } else {
                    previous_target = false;
                }
            }
            continue;
        }
        previous_target = false;
        if (trimmed[0] == '"') {
            std::string error;
            if (!target) fail("a string continues nothing");
            else if (!Unquote(trimmed, 0, *target, error)) fail(error);
            continue;
        }
        const std::size_t space = trimmed.find_first_of(" \t");
        const std::string_view keyword = trimmed.substr(0, space);
        const std::size_t quote = space == std::string_view::npos ? trimmed.size() : trimmed.find('"', space);
        if ((keyword == "msgctxt" || keyword == "msgid") && has_str) finish();
        if (entry.line == 0) entry.line = line_no;
        if (keyword == "msgctxt") {
            target = &entry.context;
        } else if (keyword == "msgid") {
            has_id = true;
            target = &entry.id;
        } else if (keyword == "msgid_plural") {
            target = &entry.id_plural;
        } else if (keyword == "msgstr" || keyword.substr(0, 7) == "msgstr[") {
            std::size_t index = 0;
            if (keyword != "msgstr") {
                const std::string digits(keyword.substr(7, keyword.size() > 8 ? keyword.size() - 8 : 0));
                if (keyword.back() != ']' || digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) {
                    fail("\"" + std::string(keyword) + "\" is not msgstr[N]");
                    continue;
                }
                index = static_cast<std::size_t>(std::strtoul(digits.c_str(), nullptr, 10));
            }
            if (!has_id) {
                fail("msgstr before msgid");
                continue;
            }
            if (index != entry.strings.size()) {
                fail("msgstr[" + std::to_string(index) + "] out of order");
                continue;
            }
            has_str = true;
            entry.strings.emplace_back();
            target = &entry.strings.back();
        } else {
            fail("unknown keyword \"" + std::string(keyword) + "\"");
            continue;
        }
        std::string error;
        if (!Unquote(trimmed, quote, *target, error)) fail(error);
        if (end == text.size()) break;
    }
    finish();
    return file;
}

std::string WritePo(const PoFile& file) {
    std::string out = "msgid \"\"\nmsgstr \"\"\n";
    for (const auto& [key, value] : file.header) out += Quote(key + ": " + value + "\n") + '\n';
    for (const PoEntry& e : file.entries) {
        out += '\n';
        std::size_t start = 0;
        while (!e.comment.empty() && start <= e.comment.size()) {
            std::size_t end = e.comment.find('\n', start);
            if (end == std::string::npos) end = e.comment.size();
            out += "#. " + e.comment.substr(start, end - start) + '\n';
            start = end + 1;
        }
        for (const std::string& r : e.references) out += "#: " + r + '\n';
        if (!e.flags.empty()) {
            out += "#,";
            for (std::size_t i = 0; i < e.flags.size(); ++i) out += (i ? ", " : " ") + e.flags[i];
            out += '\n';
        }
        if (!e.previous_id.empty()) out += "#| msgid " + Quote(e.previous_id) + '\n';
        if (!e.context.empty()) WriteString(out, "msgctxt", e.context);
        WriteString(out, "msgid", e.id);
        if (!e.id_plural.empty()) {
            WriteString(out, "msgid_plural", e.id_plural);
            for (std::size_t i = 0; i < e.strings.size(); ++i) WriteString(out, "msgstr[" + std::to_string(i) + "]", e.strings[i]);
        } else {
            WriteString(out, "msgstr", e.strings.empty() ? std::string() : e.strings[0]);
        }
    }
    return out;
}

PluralRule PluralRule::Parse(std::string_view value, std::vector<Problem>& problems) {
    PluralRule rule;
    auto refuse = [&](const std::string& why) {
        problems.push_back(At("po.plural", "Plural-Forms", why + "; English's rule (one form for 1, another for the rest) is used"));
        return PluralRule();
    };
    const std::size_t count_at = value.find("nplurals=");
    const std::size_t plural_at = value.find("plural=", count_at == std::string_view::npos ? 0 : count_at + 9);
    if (count_at == std::string_view::npos || plural_at == std::string_view::npos)
        return refuse("\"" + std::string(value) + "\" is not \"nplurals=N; plural=EXPRESSION;\"");
    rule.count_ = std::atoi(std::string(value.substr(count_at + 9)).c_str());
    if (rule.count_ < 1 || rule.count_ > 6) return refuse("nplurals must be 1 to 6");
    std::string_view expression = value.substr(plural_at + 7);
    const std::size_t semicolon = expression.find(';');
    if (semicolon != std::string_view::npos) expression = expression.substr(0, semicolon);
    rule.expression_ = std::string(Trim(expression));
    // Every count up to a thousand must give a form that exists.
    for (long n = 0; n <= 1000; ++n) {
        long index = 0;
        if (!PluralExpression(rule.expression_, n).Evaluate(index)) return refuse("the plural expression \"" + rule.expression_ + "\" cannot be read");
        if (index < 0 || index >= rule.count_)
            return refuse("the plural expression gives form " + std::to_string(index) + " for " + std::to_string(n) + ", but there are " + std::to_string(rule.count_));
    }
    return rule;
}

int PluralRule::Index(long n) const {
    long index = 0;
    if (!PluralExpression(expression_, n).Evaluate(index) || index < 0 || index >= count_) return n == 1 ? 0 : std::min(1, count_ - 1);
    return static_cast<int>(index);
}

Catalogue Catalogue::FromPo(const PoFile& file, std::vector<Problem>& problems) {
    Catalogue c;
    c.language_ = file.Header("Language");
    const std::string plural = file.Header("Plural-Forms");
    if (!plural.empty()) c.plural_ = PluralRule::Parse(plural, problems);
    for (const PoEntry& e : file.entries) {
        if (!e.Translated()) continue;
        if (e.context.empty()) {
            problems.push_back(At("po.no-id", LinePath(e.line), "the message \"" + e.id + "\" has no msgctxt (its id); it is not used"));
            continue;
        }
        if (!e.id_plural.empty() && static_cast<int>(e.strings.size()) != c.plural_.Count()) {
            problems.push_back(At("po.plural", LinePath(e.line), "'" + e.context + "' has " + std::to_string(e.strings.size()) +
                                  " plural forms but Plural-Forms says " + std::to_string(c.plural_.Count()) + "; it is not used"));
            continue;
        }
        if (!c.entries_.emplace(e.context, Entry{e.id, e.strings}).second)
            problems.push_back(At("po.duplicate", LinePath(e.line), "'" + e.context + "' appears twice; the first is used"));
    }
    return c;
}

std::string Catalogue::AllText() const {
    if (pseudo_) return Pseudo("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    std::string text;
    for (const auto& [context, entry] : entries_)
        for (const std::string& s : entry.strings) text += s;
    return text;
}

const std::string* Catalogue::Find(std::string_view context, std::string_view english) const {
    if (pseudo_) {
        auto made = pseudo_made_.find(english);
        if (made == pseudo_made_.end()) made = pseudo_made_.emplace(std::string(english), Pseudo(english)).first;
        return &made->second;
    }
    const auto it = entries_.find(context);
    if (it == entries_.end() || it->second.english != english || it->second.strings.empty()) return nullptr;
    return &it->second.strings[0];
}

const std::string* Catalogue::FindPlural(std::string_view context, std::string_view one, long n) const {
    const auto it = entries_.find(context);
    if (it == entries_.end() || it->second.english != one) return nullptr;
    const auto index = static_cast<std::size_t>(plural_.Index(n));
    return index < it->second.strings.size() ? &it->second.strings[index] : nullptr;
}

const char* Tr::operator()(const char* context, const char* english) const {
    const std::string* found = catalogue_ ? catalogue_->Find(context, english) : nullptr;
    return found ? found->c_str() : english;
}

std::string Tr::operator()(const char* context, const char* one, const char* other, long n) const {
    if (catalogue_ && catalogue_->IsPseudo()) return Format(Pseudo(n == 1 ? one : other), {{"n", std::to_string(n)}});
    const std::string* found = catalogue_ ? catalogue_->FindPlural(context, one, n) : nullptr;
    return Format(found ? std::string_view(*found) : std::string_view(n == 1 ? one : other), {{"n", std::to_string(n)}});
}

namespace {

// Calls `name(start, end)` for each "{name}" of a pattern and `text(c)` for everything
// else ("{{" and "}}" as one brace).
template <typename OnName, typename OnText>
void ScanPattern(std::string_view pattern, OnName name, OnText text) {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            text(c);
            ++i;
            continue;
        }
        if (c == '{') {
            std::size_t j = i + 1;
            while (j < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_')) ++j;
            if (j > i + 1 && j < pattern.size() && pattern[j] == '}') {
                name(pattern.substr(i + 1, j - i - 1), pattern.substr(i, j - i + 1));
                i = j;
                continue;
            }
        }
        text(c);
    }
}

} // namespace

namespace {
std::string FormatWith(std::string_view pattern, const Arg* begin, const Arg* end) {
    std::string out;
    out.reserve(pattern.size());
    ScanPattern(
        pattern,
        [&](std::string_view name, std::string_view written) {
            const Arg* it = std::find_if(begin, end, [&](const Arg& a) { return a.name == name; });
            if (it != end) out += it->value;
            else out += written;
        },
        [&](char c) { out += c; });
    return out;
}
} // namespace

std::string Format(std::string_view pattern, Args args) { return FormatWith(pattern, args.begin(), args.end()); }
std::string Format(std::string_view pattern, const std::vector<Arg>& args) { return FormatWith(pattern, args.data(), args.data() + args.size()); }

namespace {
std::string FormatKept(std::string_view pattern, const std::vector<std::pair<std::string, std::string>>& kept) {
    std::vector<Arg> args;
    for (const auto& [name, value] : kept) args.push_back({name, value});
    return Format(pattern, args);
}
} // namespace

std::string Message::English() const { return FormatKept(english, args); }

std::string Message::In(const Tr& tr) const { return id.empty() ? English() : FormatKept(tr(id.c_str(), english.c_str()), args); }

Message Msg(const char* id, const char* english, Args args) {
    Message m{id, english, {}};
    for (const Arg& a : args) m.args.emplace_back(a.name, a.value);
    return m;
}

std::vector<std::string> Placeholders(std::string_view pattern) {
    std::set<std::string> names;
    ScanPattern(pattern, [&](std::string_view name, std::string_view) { names.emplace(name); }, [](char) {});
    return {names.begin(), names.end()};
}

namespace {

std::string Joined(const std::vector<std::string>& names) {
    if (names.empty()) return "none";
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
    return out;
}

std::map<std::string, const PoEntry*> ByContext(const PoFile& file) {
    std::map<std::string, const PoEntry*> by;
    for (const PoEntry& e : file.entries) by.emplace(e.context, &e);
    return by;
}

} // namespace

std::vector<Problem> CheckTemplate(const PoFile& templ) {
    std::vector<Problem> problems;
    std::map<std::string, const PoEntry*> seen;
    for (const PoEntry& e : templ.entries) {
        const std::string where = e.references.empty() ? LinePath(e.line) : e.references[0];
        if (e.context.empty()) {
            problems.push_back(At("strings.no-id", where, "\"" + e.id + "\" has no id"));
            continue;
        }
        const auto [it, added] = seen.emplace(e.context, &e);
        if (!added && (it->second->id != e.id || it->second->id_plural != e.id_plural))
            problems.push_back(At("strings.duplicate", where, "the id '" + e.context + "' has two English texts: \"" + it->second->id + "\" and \"" + e.id + "\""));
    }
    return problems;
}

std::vector<Problem> CheckTranslation(const PoFile& templ, const PoFile& translation, std::string_view file_name) {
    std::vector<Problem> problems;
    const std::string file(file_name);
    auto where = [&](const PoEntry* e) { return file + ":" + std::to_string(e ? e->line : 1); };
    const auto translated = ByContext(translation);
    const auto wanted = ByContext(templ);
    std::vector<Problem> plural_problems;
    const std::string plural_header = translation.Header("Plural-Forms");
    const PluralRule rule = plural_header.empty() ? PluralRule() : PluralRule::Parse(plural_header, plural_problems);
    for (Problem& p : plural_problems) {
        p.path = file + ": " + p.path;
        problems.push_back(std::move(p));
    }
    for (const auto& [context, t] : wanted) {
        const auto found = translated.find(context);
        const PoEntry* e = found == translated.end() ? nullptr : found->second;
        if (!e || e->strings.empty() || std::all_of(e->strings.begin(), e->strings.end(), [](const std::string& s) { return s.empty(); })) {
            problems.push_back(At("strings.missing", where(e), "'" + context + "' is not translated (English: \"" + t->id + "\")"));
            continue;
        }
        if (e->id != t->id || e->id_plural != t->id_plural) {
            problems.push_back(At("strings.stale", where(e), "'" + context + "': the English has changed since it was translated, from \"" + e->id + "\" to \"" + t->id + "\""));
            continue;
        }
        if (!e->Translated()) {
            problems.push_back(At("strings.fuzzy", where(e), "'" + context + "' is marked fuzzy or has an empty form: a translator has to look at it again"));
            continue;
        }
        if (!t->id_plural.empty() && static_cast<int>(e->strings.size()) != rule.Count()) {
            problems.push_back(At("strings.plural", where(e), "'" + context + "' has " + std::to_string(e->strings.size()) + " plural forms; Plural-Forms says " + std::to_string(rule.Count())));
            continue;
        }
        std::vector<std::string> english = Placeholders(t->id);
        if (!t->id_plural.empty()) {
            const auto more = Placeholders(t->id_plural);
            english.insert(english.end(), more.begin(), more.end());
            std::sort(english.begin(), english.end());
            english.erase(std::unique(english.begin(), english.end()), english.end());
        }
        for (const std::string& s : e->strings) {
            const auto names = Placeholders(s);
            // A plural form may leave out {n} ("one question" written as a word); it may
            // not bring a name the code does not fill.
            const bool ok = t->id_plural.empty() ? names == english : std::includes(english.begin(), english.end(), names.begin(), names.end());
            if (!ok) {
                problems.push_back(At("strings.placeholders", where(e), "'" + context + "' has the placeholders " + Joined(names) + " where the English has " + Joined(english)));
                break;
            }
        }
    }
    for (const PoEntry& e : translation.entries)
        if (!wanted.count(e.context))
            problems.push_back(At("strings.unused", where(&e), "'" + (e.context.empty() ? e.id : e.context) + "' is not used by the code any more", Severity::Warning));
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        auto line = [](const Problem& p) { return std::atoi(p.path.c_str() + std::min(p.path.size(), p.path.rfind(':') + 1)); };
        return line(a) < line(b);
    });
    return problems;
}

PoFile Merge(const PoFile& templ, const PoFile& translation) {
    PoFile out;
    out.header = translation.header.empty() ? templ.header : translation.header;
    std::vector<Problem> ignored;
    const std::string plural_header = out.Header("Plural-Forms");
    const int forms = plural_header.empty() ? 2 : PluralRule::Parse(plural_header, ignored).Count();
    const auto old = ByContext(translation);
    std::set<std::string> done;
    for (const PoEntry& t : templ.entries) {
        if (!done.insert(t.context).second) continue;
        PoEntry e;
        e.context = t.context;
        e.id = t.id;
        e.id_plural = t.id_plural;
        e.comment = t.comment;
        e.references = t.references;
        for (const std::string& f : t.flags)
            if (f != "fuzzy") e.flags.push_back(f);
        if ((!Placeholders(t.id).empty() || !Placeholders(t.id_plural).empty()) && !e.HasFlag("python-brace-format")) e.flags.push_back("python-brace-format");
        const auto found = old.find(t.context);
        const PoEntry* o = found == old.end() ? nullptr : found->second;
        if (o && o->id == t.id && o->id_plural == t.id_plural) {
            e.strings = o->strings;
            if (o->HasFlag("fuzzy")) {
                e.flags.insert(e.flags.begin(), "fuzzy");
                e.previous_id = o->previous_id;
            }
        } else if (o && std::any_of(o->strings.begin(), o->strings.end(), [](const std::string& s) { return !s.empty(); })) {
            e.strings = o->strings;
            e.flags.insert(e.flags.begin(), "fuzzy");
            e.previous_id = o->id;
        }
        const std::size_t want = t.id_plural.empty() ? 1 : static_cast<std::size_t>(forms);
        e.strings.resize(want);
        out.entries.push_back(std::move(e));
    }
    return out;
}

const std::vector<Language>& Languages() {
    static const std::vector<Language> languages = {
        {"en", "English", false, true},
        {"de", "Deutsch", true, true},
        {"ja", "日本語", true, true}, // literal: the build makes the menu's CJK glyphs from this file (assets/CMakeLists.txt)
        {"en-XA", "[\u00c9\u00f1gl\u00edsh]", false, false},
    };
    return languages;
}

namespace {
bool SameTag(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}
} // namespace

const Language* FindLanguage(std::string_view tag) {
    for (const Language& l : Languages())
        if (SameTag(l.code, tag)) return &l;
    const std::string_view primary = tag.substr(0, std::min(tag.find_first_of("-_"), tag.size()));
    for (const Language& l : Languages())
        if (SameTag(l.code, primary)) return &l;
    return nullptr;
}

bool IsCjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool LineBreakAllowed(char32_t before, char32_t after) {
    if (!IsCjk(before) && !IsCjk(after)) return false;
    // May not start a line: closing brackets and quotes, punctuation, small kana, marks.
    static const char32_t kNoStart[] = {U'\u3001', U'\u3002', U'\uFF0C', U'\uFF0E', U'\u30FB', U'\uFF1A', U'\uFF1B', U'\uFF1F', U'\uFF01', U'\u30FC',
        U'\u300D', U'\u300F', U'\uFF09', U'\uFF3D', U'\uFF5D', U'\u3015', U'\u3009', U'\u300B', U'\u3011', U'\u301C', U'\u3005', U'\u309D', U'\u309E',
        U'\u30FD', U'\u30FE', U'\u3041', U'\u3043', U'\u3045', U'\u3047', U'\u3049', U'\u3063', U'\u3083', U'\u3085', U'\u3087', U'\u308E',
        U'\u30A1', U'\u30A3', U'\u30A5', U'\u30A7', U'\u30A9', U'\u30C3', U'\u30E3', U'\u30E5', U'\u30E7', U'\u30EE', U'\u30F5', U'\u30F6',
        U')', U']', U'}', U',', U'.', U':', U';', U'!', U'?', U'%'};
    // May not end a line: opening brackets and quotes.
    static const char32_t kNoEnd[] = {U'\u300C', U'\u300E', U'\uFF08', U'\uFF3B', U'\uFF5B', U'\u3014', U'\u3008', U'\u300A', U'\u3010',
        U'(', U'[', U'{', U'$'};
    if (std::find(std::begin(kNoStart), std::end(kNoStart), after) != std::end(kNoStart)) return false;
    if (std::find(std::begin(kNoEnd), std::end(kNoEnd), before) != std::end(kNoEnd)) return false;
    // Digits and Latin letters stay together with each other ("3-5" is one unit).
    return true;
}

bool IsLanguageTag(std::string_view tag) {
    std::size_t start = 0;
    for (int part = 0;; ++part) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view sub = tag.substr(start, end - start);
        const bool alpha = std::all_of(sub.begin(), sub.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
        const bool alnum = std::all_of(sub.begin(), sub.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
        if (part == 0 ? !(alpha && sub.size() >= 2 && sub.size() <= 3) : !(alnum && !sub.empty() && sub.size() <= 8)) return false;
        if (end == tag.size()) return true;
        start = end + 1;
    }
}

std::string LanguageList() {
    std::string out;
    const auto& all = Languages();
    for (std::size_t i = 0; i < all.size(); ++i) out += (i == 0 ? "" : i + 1 == all.size() ? " or " : ", ") + std::string(all[i].code);
    return out;
}

std::vector<std::string> SplitLanguages(std::string_view list) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        std::string_view tag = list.substr(at, comma - at);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (!tag.empty()) out.emplace_back(tag);
        at = comma + 1;
    }
    return out;
}

const Language& ChooseLanguage(const std::vector<std::string>& preferred) {
    for (const std::string& tag : preferred)
        if (const Language* l = FindLanguage(tag)) return *l;
    return Languages().front();
}

const Language& StartLanguage(std::string_view url, std::string_view remembered, const std::vector<std::string>& lms,
                              const std::vector<std::string>& browser) {
    std::vector<std::string> preferred;
    for (std::string_view one : {url, remembered})
        if (!one.empty()) preferred.emplace_back(one);
    preferred.insert(preferred.end(), lms.begin(), lms.end());
    preferred.insert(preferred.end(), browser.begin(), browser.end());
    return ChooseLanguage(preferred);
}

std::string Pseudo(std::string_view english) {
    // Latin-1 letters only, so that the pseudo-language needs few extra glyphs.
    static const std::pair<char, const char*> kAccents[] = {
        {'a', "\u00e1"}, {'e', "\u00e9"}, {'i', "\u00ed"}, {'o', "\u00f3"}, {'u', "\u00fa"}, {'y', "\u00fd"},
        {'n', "\u00f1"}, {'c', "\u00e7"}, {'A', "\u00c1"}, {'E', "\u00c9"}, {'I', "\u00cd"}, {'O', "\u00d3"},
        {'U', "\u00da"}, {'Y', "\u00dd"}, {'N', "\u00d1"}, {'C', "\u00c7"}};
    std::string out = "[";
    std::size_t characters = 0;
    ScanPattern(
        english, [&](std::string_view, std::string_view written) { out += written; characters += written.size(); },
        [&](char c) {
            if (!utf8::IsContinuation(c)) ++characters;
            for (const auto& [plain, accented] : kAccents)
                if (c == plain) {
                    out += accented;
                    return;
                }
            if (c == '{' || c == '}') out += c; // a literal brace, written once by the scan
            out += c;
        });
    // 40% more characters, as words, so that wrapping is tested too.
    const std::size_t extra = (characters * 2 + 4) / 5;
    static const char* const kFiller[] = {"\u00e9", "\u00e1", "\u00ed", "\u00f3", "\u00fa"};
    for (std::size_t i = 0; i < extra; ++i) out += (i % 6 == 0) ? std::string(" ") : std::string(kFiller[i % 5]);
    return out + "]";
}

Catalogue PseudoCatalogue() {
    Catalogue c;
    c.pseudo_ = true;
    c.language_ = "en-XA";
    return c;
}

std::vector<Problem> CheckCatalogues(std::string_view templ_text, const std::vector<NamedText>& translations) {
    std::vector<Problem> problems;
    std::vector<Problem> read;
    const PoFile templ = ParsePo(templ_text, read);
    for (Problem& p : read) {
        p.path = "crossroads.pot: " + p.path;
        problems.push_back(std::move(p));
    }
    for (Problem& p : CheckTemplate(templ)) problems.push_back(std::move(p));
    for (const Language& l : Languages()) {
        if (!l.has_catalogue) continue;
        const std::string file = std::string(l.code) + ".po";
        if (std::none_of(translations.begin(), translations.end(), [&](const NamedText& t) { return t.name == file; }))
            problems.push_back(At("strings.no-catalogue", file, std::string("the language ") + l.code + " has no translation"));
    }
    for (const NamedText& t : translations) {
        std::vector<Problem> own;
        const PoFile file = ParsePo(t.text, own);
        for (Problem& p : own) {
            p.path = t.name + ": " + p.path;
            problems.push_back(std::move(p));
        }
        const std::string stem = t.name.substr(0, t.name.rfind('.'));
        const Language* language = FindLanguage(stem);
        if (!language || stem != language->code || !language->has_catalogue) {
            problems.push_back(At("strings.language", t.name, "'" + stem + "' is not a language Crossroads offers (" + LanguageList() +
                                  "); add it to i18n::Languages() in core/src/i18n.cpp"));
            continue;
        }
        if (file.Header("Language") != language->code)
            problems.push_back(At("strings.language", t.name, "its Language header is '" + file.Header("Language") + "', not '" + language->code + "'"));
        for (Problem& p : CheckTranslation(templ, file, t.name)) problems.push_back(std::move(p));
    }
    return problems;
}

std::vector<NamedText> ExportCatalogues(std::string_view templ_text, const std::vector<NamedText>& translations, std::string_view version) {
    std::vector<Problem> ignored;
    PoFile templ = ParsePo(templ_text, ignored);
    // A header of our own: xgettext's holds the extraction time, which changes every build.
    templ.header = {{"Project-Id-Version", "Crossroads " + std::string(version)},
                    {"MIME-Version", "1.0"},
                    {"Content-Type", "text/plain; charset=UTF-8"},
                    {"Content-Transfer-Encoding", "8bit"},
                    {"Language", ""},
                    {"Plural-Forms", "nplurals=2; plural=(n != 1);"}};
    std::vector<NamedText> out;
    PoFile blank = Merge(templ, PoFile{});
    blank.header = templ.header;
    out.push_back({"crossroads.pot", WritePo(blank)});
    for (const NamedText& t : translations) out.push_back({t.name, WritePo(Merge(templ, ParsePo(t.text, ignored)))});
    return out;
}

} // namespace crossroads::i18n
