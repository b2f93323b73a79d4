/**
 * What the keys of an EDGAR SEC header and the SGML tags of a full
 * submission mean, for hovers. Keys are looked up normalized: upper case,
 * hyphens and runs of white space as one space, so the `KEY:` form of
 * <SEC-HEADER> ("CENTRAL INDEX KEY") and the tag form of .nc files
 * ("<IRS-NUMBER>" → "IRS NUMBER") share entries where they share a name.
 */

export interface HeaderKeyDefinition {
  /** A short name for the hover's first line. */
  label: string;
  explanation: string;
}

const key = (label: string, explanation: string): HeaderKeyDefinition => ({ label, explanation });

export const HEADER_KEYS: Readonly<Record<string, HeaderKeyDefinition>> = {
  // Submission values
  'ACCESSION NUMBER': key(
    'Accession number',
    'The unique number of the submission: the CIK of the filer or filing agent that submitted it, the year, and a sequence number (NNNNNNNNNN-YY-NNNNNN).',
  ),
  'CONFORMED SUBMISSION TYPE': key('Submission type', 'The form type of the submission as EDGAR accepted it (8-K, 8-K/A, ...).'),
  TYPE: key('Type', 'The form type of the submission (in the header) or of one document (inside a <DOCUMENT>: 8-K, EX-99.1, GRAPHIC, XML ...).'),
  'PUBLIC DOCUMENT COUNT': key(
    'Public document count',
    'How many public documents the submission carries: the main document, exhibits, graphics and XBRL files.',
  ),
  'CONFORMED PERIOD OF REPORT': key(
    'Period of report',
    'For a Form 8-K, the Date of Report: the date of the earliest event reported (YYYYMMDD). The four business days to file count from it.',
  ),
  PERIOD: key(
    'Period of report',
    'For a Form 8-K, the Date of Report: the date of the earliest event reported (YYYYMMDD).',
  ),
  'ITEM INFORMATION': key(
    'Item information',
    'An item of Form 8-K the filer declared when submitting, as EDGAR records it (usually the item’s title); one line per item. It should name the same items as the headings of the report.',
  ),
  ITEMS: key('Items', 'An item of Form 8-K the filer declared when submitting (its number); one tag per item.'),
  'FILED AS OF DATE': key(
    'Filing date',
    'The filing date EDGAR gave the submission (YYYYMMDD). A submission accepted after 5:30 pm Eastern time is filed as of the next business day.',
  ),
  'FILING DATE': key(
    'Filing date',
    'The filing date EDGAR gave the submission (YYYYMMDD). A submission accepted after 5:30 pm Eastern time is filed as of the next business day.',
  ),
  'DATE AS OF CHANGE': key('Date as of change', 'The date of the last change to this filing’s data in EDGAR (YYYYMMDD).'),
  'DATE OF FILING DATE CHANGE': key('Date of filing date change', 'The date of the last change to this filing’s data in EDGAR (YYYYMMDD).'),
  'EFFECTIVENESS DATE': key('Effectiveness date', 'The date the filing took effect, for forms that become effective (YYYYMMDD).'),
  'ACCEPTANCE DATETIME': key(
    'Acceptance time',
    'When EDGAR accepted the submission, Eastern time (YYYYMMDDhhmmss). After 5:30 pm the filing date is the next business day.',
  ),

  // Groups
  FILER: key('Filer', 'A company the submission is filed for, with its identity, filing values and addresses. A submission filed for several companies has several FILER groups.'),
  'FILED BY': key('Filed by', 'The company or person who filed the submission about the subject company (tender offers, beneficial ownership reports).'),
  'SUBJECT COMPANY': key('Subject company', 'The company the submission is about (the target of a tender offer, the issuer of the shares reported).'),
  'REPORTING OWNER': key('Reporting owner', 'A person or company reporting its ownership of the issuer’s securities.'),
  ISSUER: key('Issuer', 'The company whose securities the submission concerns.'),
  'COMPANY DATA': key('Company data', 'The company’s identity as EDGAR records it: name, CIK, industry, EIN, state of incorporation, fiscal year end.'),
  'OWNER DATA': key('Owner data', 'The reporting owner’s identity as EDGAR records it.'),
  'FILING VALUES': key('Filing values', 'How this filing is registered for the company: form type, act, Commission file number, film number.'),
  'BUSINESS ADDRESS': key('Business address', 'The company’s business address and telephone number as EDGAR records them.'),
  'MAIL ADDRESS': key('Mail address', 'The company’s mailing address as EDGAR records it.'),
  'FORMER COMPANY': key('Former company', 'A name the company filed under before, with the date it changed.'),
  'FORMER NAME': key('Former name', 'A name the company filed under before, with the date it changed.'),

  // Company data
  'COMPANY CONFORMED NAME': key('Company name', 'The company’s name as EDGAR records it (conformed: upper case, standard abbreviations).'),
  'CONFORMED NAME': key('Company name', 'The company’s name as EDGAR records it (conformed: upper case, standard abbreviations).'),
  'CENTRAL INDEX KEY': key('CIK', 'The Central Index Key: the number EDGAR identifies the company by (up to ten digits, written zero-padded to ten).'),
  CIK: key('CIK', 'The Central Index Key: the number EDGAR identifies the company by (up to ten digits, written zero-padded to ten).'),
  'STANDARD INDUSTRIAL CLASSIFICATION': key('SIC code', 'The company’s Standard Industrial Classification: its industry, with the four-digit code in brackets.'),
  'ASSIGNED SIC': key('SIC code', 'The company’s Standard Industrial Classification code: its industry.'),
  'ORGANIZATION NAME': key('Reviewing office', 'The office of the SEC’s Division of Corporation Finance that reviews the company’s filings.'),
  'IRS NUMBER': key(
    'EIN',
    'The company’s IRS Employer Identification Number, nine digits without the dash (000000000 where none was given). The cover page prints it NN-NNNNNNN.',
  ),
  EIN: key('EIN', 'The company’s IRS Employer Identification Number, nine digits without the dash. The cover page prints it NN-NNNNNNN.'),
  'STATE OF INCORPORATION': key('State of incorporation', 'Where the company is incorporated: a two-letter state or country code.'),
  'FISCAL YEAR END': key('Fiscal year end', 'The last day of the company’s fiscal year, as MMDD (1231 is 31 December).'),

  // Filing values
  'FORM TYPE': key('Form type', 'The form type of the filing for this company.'),
  'SEC ACT': key('Act', 'The act the filing is made under: “1934 Act” is the Securities Exchange Act of 1934, “1933 Act” the Securities Act of 1933.'),
  ACT: key('Act', 'The act the filing is made under: 34 is the Securities Exchange Act of 1934, 33 the Securities Act of 1933.'),
  'SEC FILE NUMBER': key('Commission file number', 'The Commission file number of the registration the filing is made under; the cover page prints it too.'),
  'FILE NUMBER': key('Commission file number', 'The Commission file number of the registration the filing is made under; the cover page prints it too.'),
  'FILM NUMBER': key('Film number', 'A number EDGAR gives each filing of each company (once the microfilm reference).'),

  // Addresses and former names
  'STREET 1': key('Street', 'First line of the street address.'),
  'STREET 2': key('Street', 'Second line of the street address.'),
  STREET1: key('Street', 'First line of the street address.'),
  STREET2: key('Street', 'Second line of the street address.'),
  CITY: key('City', 'City of the address.'),
  STATE: key('State', 'State (or country code) of the address.'),
  ZIP: key('ZIP code', 'Postal code of the address.'),
  'BUSINESS PHONE': key('Business phone', 'The company’s telephone number.'),
  PHONE: key('Phone', 'The company’s telephone number.'),
  'FORMER CONFORMED NAME': key('Former name', 'A name the company filed under before.'),
  'DATE OF NAME CHANGE': key('Date of name change', 'When the company stopped filing under that name (YYYYMMDD).'),
  'DATE CHANGED': key('Date of name change', 'When the company stopped filing under that name (YYYYMMDD).'),
};

/** The SGML tags that frame a full submission and its documents. */
export const SUBMISSION_TAGS: Readonly<Record<string, HeaderKeyDefinition>> = {
  'SEC-DOCUMENT': key('<SEC-DOCUMENT>', 'Opens an EDGAR full submission: the accession number’s file name and the filing date follow.'),
  'SEC-HEADER': key('<SEC-HEADER>', 'The SEC header: what EDGAR recorded about the submission and its filers, as KEY: value lines.'),
  'IMS-DOCUMENT': key('<IMS-DOCUMENT>', 'Opens a full submission in the 1993–1995 form (IMS: the SEC’s system of the time).'),
  'IMS-HEADER': key('<IMS-HEADER>', 'The SEC header in the 1993–1995 form: what EDGAR recorded about the submission and its filers.'),
  SUBMISSION: key('<SUBMISSION>', 'Opens an EDGAR dissemination (.nc) file: the header values as tags, then the documents.'),
  'ACCEPTANCE-DATETIME': key(
    '<ACCEPTANCE-DATETIME>',
    'When EDGAR accepted the submission, Eastern time (YYYYMMDDhhmmss). After 5:30 pm the filing date is the next business day.',
  ),
  DOCUMENT: key('<DOCUMENT>', 'One document of the submission: the report itself, an exhibit, a graphic or an XBRL file.'),
  TYPE: key('<TYPE>', 'The document’s type: the form type for the main document (8-K), EX-nn for an exhibit, GRAPHIC, XML, ZIP ...'),
  SEQUENCE: key('<SEQUENCE>', 'The document’s position in the submission, from 1.'),
  FILENAME: key('<FILENAME>', 'The file name the document was submitted under; EDGAR publishes it under this name in the filing’s folder.'),
  DESCRIPTION: key('<DESCRIPTION>', 'The filer’s short description of the document.'),
  TEXT: key('<TEXT>', 'The document’s content, up to </TEXT>: plain text, HTML, XBRL, or uuencoded binary (graphics, PDF, ZIP).'),
  PDF: key('<PDF>', 'A PDF copy of the document, uuencoded (unofficial copy).'),
  XBRL: key('<XBRL>', 'Wraps XBRL content: an inline XBRL document, an instance, a schema or a linkbase.'),
  XML: key('<XML>', 'Wraps XML content.'),
  PAPER: key('<PAPER>', 'Marks a document filed on paper.'),
};
