CREATE TABLE half_done (id INT);
CREATE TABLE half_done (id INT);
