// `import ProceedingsKit` gives its users the layers below as well, as it did while they were one target.
@_exported public import ProceedingsModel
@_exported public import ProceedingsXML
@_exported public import ProceedingsRDF
@_exported public import ProceedingsFormats
