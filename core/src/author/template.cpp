// "New comparison": the smallest document that shows every part of the format and passes
// --check as it is, with texts that say what to write in their place. Kept as JSON text
// (parsed when asked for): as C++ initialisers it cost several KB of wasm.
#include "crossroads/author.hpp"

namespace crossroads::author {

namespace {
constexpr const char* kTemplate = R"json({
  "format": "crossroads-content",
  "version": 1,
  "title": "First role or second role?",
  "article": {
    "title": "The article or course text this comparison rests on",
    "publisher": "Who published it"
  },
  "sections": [
    {
      "id": "overview",
      "heading": "The heading of the article's first section"
    },
    {
      "id": "career-path",
      "heading": "The heading of a section on career paths"
    }
  ],
  "roles": [
    {
      "id": "first",
      "name": "First role",
      "short": "R1",
      "summary": "What the first role is for, in one sentence.",
      "focus": "What it spends its time on",
      "source": "overview"
    },
    {
      "id": "second",
      "name": "Second role",
      "short": "R2",
      "summary": "What the second role is for, in one sentence.",
      "focus": "What it spends its time on",
      "source": "overview"
    }
  ],
  "comparison": [
    {
      "id": "responsibilities",
      "label": "Responsibilities",
      "kind": "list",
      "cells": {
        "first": {
          "items": [
            {
              "text": "A duty of the first role",
              "source": "overview"
            }
          ]
        },
        "second": {
          "items": [
            {
              "text": "A duty of the second role",
              "source": "overview"
            }
          ]
        }
      }
    }
  ],
  "ladder": {
    "nodes": [
      {
        "id": "start",
        "title": "Where the learner starts",
        "track": "shared",
        "level": 0,
        "summary": "The role before the choice",
        "description": "What the learner does today.",
        "requirements": [],
        "source": "career-path"
      },
      {
        "id": "first",
        "title": "First role",
        "track": "management",
        "level": 1,
        "summary": "The first role, one step up",
        "description": "What this step asks for.",
        "requirements": [
          {
            "text": "A skill this step needs",
            "source": "career-path"
          }
        ],
        "source": "career-path"
      }
    ],
    "edges": [
      {
        "from": "start",
        "to": "first",
        "kind": "promotion",
        "source": "career-path"
      }
    ]
  },
  "quizzes": {
    "fit": {
      "title": "Which role fits you?",
      "intro": "Rate each statement from 1 (strongly disagree) to 5 (strongly agree).",
      "minAnswered": 2,
      "statements": [
        {
          "id": "likes-first",
          "text": "A statement that leans to the first role.",
          "weights": {
            "management": 2,
            "technical": 0
          },
          "source": "overview"
        },
        {
          "id": "likes-second",
          "text": "A statement that leans to the second role.",
          "weights": {
            "management": 0,
            "technical": 2
          },
          "source": "overview"
        }
      ],
      "outcomes": {
        "management": {
          "title": "The first role",
          "text": "Why the answers point to the first role.",
          "source": "career-path",
          "node": "first"
        },
        "technical": {
          "title": "The second role",
          "text": "Why the answers point to the second role.",
          "source": "career-path"
        },
        "balanced": {
          "title": "Both roles",
          "text": "Why either role could suit.",
          "source": "career-path"
        }
      }
    },
    "knowledge": {
      "title": "Knowledge check",
      "passMark": 70,
      "questions": [
        {
          "id": "single-example",
          "type": "single",
          "prompt": "A question with one right answer?",
          "options": [
            {
              "id": "a",
              "text": "The right answer"
            },
            {
              "id": "b",
              "text": "A wrong answer"
            }
          ],
          "answer": [
            "a"
          ],
          "explanation": "Why the right answer is right.",
          "source": "overview"
        },
        {
          "id": "multiple-example",
          "type": "multiple",
          "prompt": "A question with several right answers?",
          "options": [
            {
              "id": "a",
              "text": "A right answer"
            },
            {
              "id": "b",
              "text": "Another right answer"
            },
            {
              "id": "c",
              "text": "A wrong answer"
            }
          ],
          "answer": [
            "a",
            "b"
          ],
          "explanation": "Why those answers are right.",
          "source": "overview"
        },
        {
          "id": "truefalse-example",
          "type": "truefalse",
          "prompt": "A statement that is true.",
          "answer": true,
          "explanation": "Why it is true.",
          "source": "overview"
        },
        {
          "id": "order-example",
          "type": "order",
          "prompt": "Put the steps in order.",
          "items": [
            {
              "id": "step-one",
              "text": "The first step"
            },
            {
              "id": "step-two",
              "text": "The second step"
            }
          ],
          "explanation": "Why this is the order.",
          "source": "career-path"
        }
      ]
    }
  }
}
)json";
} // namespace

Json NewComparisonTemplate() { return Json::parse(kTemplate, nullptr, false); }

} // namespace crossroads::author
