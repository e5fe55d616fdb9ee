"""The job-description booklet (岗位说明书汇编) as a PDF."""
