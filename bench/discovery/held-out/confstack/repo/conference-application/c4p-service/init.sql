CREATE TABLE IF NOT EXISTS Proposals (
  id          varchar(255) NOT NULL,
  title       varchar(255),
  description varchar(1024),
  email       varchar(255),
  author      varchar(255),
  approved    boolean,
  status      varchar(255),
  PRIMARY KEY (id)
);
