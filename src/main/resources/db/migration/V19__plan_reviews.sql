-- The plan's reviews (issue 18): the sơ kết (mid-year) and tổng kết (year-end) a plan schedules, each with
-- the date and number of its Báo cáo, so the report is dated from the record and never from the day printed.
-- Empty until the officer sets them on the plan page.
ALTER TABLE emulation_plan ADD COLUMN midterm_review_date TEXT;
ALTER TABLE emulation_plan ADD COLUMN midterm_review_number TEXT;
ALTER TABLE emulation_plan ADD COLUMN final_review_date TEXT;
ALTER TABLE emulation_plan ADD COLUMN final_review_number TEXT;
