-- The lessons (bài học kinh nghiệm) and recommendations (kiến nghị, đề xuất) of each review (issue 18): the
-- officer's own words, typed on the plan page next to that review's date and number. Lessons one a line
-- (bullets in the report), recommendations one paragraph a line. Empty for plans written before: the plan
-- page offers the standing wording, and the report is not issued while either is missing.
ALTER TABLE emulation_plan ADD COLUMN midterm_review_lessons TEXT;
ALTER TABLE emulation_plan ADD COLUMN midterm_review_recommendations TEXT;
ALTER TABLE emulation_plan ADD COLUMN final_review_lessons TEXT;
ALTER TABLE emulation_plan ADD COLUMN final_review_recommendations TEXT;
