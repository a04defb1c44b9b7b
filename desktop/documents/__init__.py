"""Files people hold in their hands: ReportLab PDFs (intake forms, attendance sheets,
certificates, reports) and spreadsheet import and export. No Qt here (DESIGN.md).
"""
