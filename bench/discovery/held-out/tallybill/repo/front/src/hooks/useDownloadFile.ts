import { gql, useMutation } from '@apollo/client'

gql`
  mutation downloadInvoice($input: DownloadInvoiceInput!) {
    downloadInvoice(input: $input) {
      id
      fileUrl
    }
  }
`

// Invoice PDFs are exposed by the API as Active Storage file URLs.
export const useDownloadFile = () => {
  const [download] = useMutation(
    gql`
      mutation downloadInvoice($input: DownloadInvoiceInput!) {
        downloadInvoice(input: $input) {
          id
          fileUrl
        }
      }
    `,
    {
      onCompleted({ downloadInvoice }) {
        if (downloadInvoice?.fileUrl) window.open(downloadInvoice.fileUrl, '_blank')
      },
    },
  )

  const downloadInvoice = (invoiceId: string) => download({ variables: { input: { id: invoiceId } } })

  return { downloadInvoice }
}
