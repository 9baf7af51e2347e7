// The layers below, in every file of the formats, as they were while all was one target.
@_exported public import ProceedingsModel
@_exported public import ProceedingsXML
@_exported public import ProceedingsRDF
