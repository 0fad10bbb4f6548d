// The content model: what the article says about the two roles, as loaded from a
// content file (assets/content/em-vs-tl.json by default). Plain data, no UI types.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace crossroads {

// A heading of the source article; every item cites one by id.
struct Section {
    std::string id;
    std::string heading;
};

struct Item {
    std::string text;
    std::string source; // Section id
};

struct Article {
    std::string title;
    std::string publisher;
    std::string note;
};

struct Role {
    std::string id;
    std::string name;
    std::string short_name;
    std::string summary;
    std::string focus;
    std::string colour; // "#rrggbb" as the author chose it, or empty for the theme's own
    std::string source;
};

enum class RowKind { List, Range };
enum class Unit { None, Usd, Years };

// A closed numeric interval such as a salary or experience range.
struct Range {
    double min = 0;
    double max = 0;
    std::string note;
    std::string source;
};

// One role's entry in a comparison row: items for a List row, a range for a Range row.
struct Cell {
    std::vector<Item> items;
    Range range;
};

struct Row {
    std::string id;
    std::string label;
    RowKind kind = RowKind::List;
    Unit unit = Unit::None;
    std::vector<Cell> cells; // cells[i] belongs to Content::roles[i]
};

enum class Track { Shared, Management, Technical };
enum class EdgeKind { Promotion, Switch };

struct LadderNode {
    std::string id;
    std::string title;
    Track track = Track::Shared;
    int level = 0;
    std::string summary;
    std::string description;
    std::vector<Item> requirements;
    bool has_experience = false;
    Range experience;
    bool has_salary = false;
    Range salary;
    std::string source;
    // Where an author placed the card (Author mode, dragged on the Ladder view), in the
    // layout's world units; the wide layout puts it there instead of computing it.
    bool has_position = false;
    float x = 0, y = 0;
};

// How far from the origin an authored card position may be (world units).
inline constexpr double kMaxNodePosition = 100000;

struct LadderEdge {
    std::size_t from = 0; // index into Ladder::nodes
    std::size_t to = 0;
    EdgeKind kind = EdgeKind::Promotion;
    std::string source;
};

struct Ladder {
    std::vector<LadderNode> nodes;
    std::vector<LadderEdge> edges;
};

// [SECTION] Quizzes
// "Which path fits you?": statements rated 1-5, each weighted toward the two tracks.
struct FitStatement {
    std::string id;
    std::string text;
    int w_management = 0;
    int w_technical = 0;
    std::string source;
};

struct FitOutcome {
    std::string title;
    std::string node; // ladder node id to show, or empty
    std::string text;
    std::string source;
};

struct FitQuiz {
    bool present = false;
    std::string title;
    std::string intro;
    int min_answered = 1;
    std::vector<FitStatement> statements;
    FitOutcome management;
    FitOutcome technical;
    FitOutcome balanced;
};

enum class QuestionType { Single, Multiple, TrueFalse, Order };

struct Option {
    std::string id;
    std::string text;
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::Single;
    std::string prompt;
    // Single/Multiple: the choices. TrueFalse: "true" and "false". Order: the items in
    // their correct order (the app shuffles them).
    std::vector<Option> options;
    // Single/Multiple: the right option ids. TrueFalse: {"true"} or {"false"}. Order: item ids in order.
    std::vector<std::string> answer;
    bool partial_credit = false;
    std::string feedback_correct;
    std::string feedback_incorrect;
    std::string explanation;
    std::string source;
};

struct KnowledgeQuiz {
    bool present = false;
    std::string title;
    std::string intro;
    int pass_mark = 70; // percent
    std::vector<Question> questions;
};

struct Quizzes {
    FitQuiz fit;
    KnowledgeQuiz knowledge;
};

struct Content {
    std::string language = "en"; // BCP 47: the language of its texts
    std::string title;
    Article article;
    std::vector<Section> sections;
    std::vector<Role> roles;
    std::vector<Row> rows;
    Ladder ladder;
    Quizzes quizzes;

    // Heading of a section id, or the id itself when unknown (never for loaded content).
    const std::string& SectionHeading(const std::string& id) const;
    // Index of a role / row / node by id, or npos.
    std::size_t RoleIndex(const std::string& id) const;
    std::size_t RowIndex(const std::string& id) const;
    std::size_t NodeIndex(const std::string& id) const;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// Every text of the content, concatenated: what the fonts must be able to draw.
std::string AllText(const Content& content);

const char* ToString(Track track);
const char* ToString(EdgeKind kind);
const char* ToString(Unit unit);
const char* ToString(QuestionType type);

} // namespace crossroads
