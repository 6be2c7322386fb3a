#include <gtest/gtest.h>

#include "core/source.hpp"

namespace ecslint {
namespace {

TEST(Source, LineStartsHandleLfCrlfAndCr) {
  Source s = make_source("x", "a\nb\r\nc\rd");
  ASSERT_EQ(s.line_starts.size(), 4u);
  EXPECT_EQ(line_text(s, 1), "a");
  EXPECT_EQ(line_text(s, 2), "b");
  EXPECT_EQ(line_text(s, 3), "c");
  EXPECT_EQ(line_text(s, 4), "d");
  EXPECT_EQ(position_at(s, 2), (Position{2, 1}));
  EXPECT_EQ(position_at(s, 5), (Position{3, 1}));
}

TEST(Source, ColumnsCountUtf16CodeUnits) {
  // "é" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units; a tab is one unit.
  Source s = make_source("x", "\t\"é😀\": 1");
  size_t colon = s.text.find(':');
  EXPECT_EQ(position_at(s, colon), (Position{1, 7}));
  EXPECT_EQ(offset_at(s, Position{1, 7}), colon);
}

TEST(Source, ByteOrderMarkIsNotAColumn) {
  Source s = make_source("x", "\xEF\xBB\xBF{}");
  EXPECT_TRUE(has_bom(s.text));
  EXPECT_EQ(position_at(s, 3), (Position{1, 1}));
  EXPECT_EQ(line_text(s, 1), "{}");
}

TEST(Source, EmptyFileHasOneEmptyLine) {
  Source s = make_source("x", "");
  EXPECT_EQ(position_at(s, 0), (Position{1, 1}));
  EXPECT_EQ(line_text(s, 1), "");
  EXPECT_EQ(line_text(s, 2), "");
}

}  // namespace
}  // namespace ecslint
