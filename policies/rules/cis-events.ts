/**
 * The CloudTrail events each CIS AWS Foundations monitoring recommendation names (Security Hub
 * controls CloudWatch.1-14), as sample events: a metric filter implementing the control must
 * match every one of them. Data, from the benchmark's text, not from the estate's patterns.
 */

type Event = Record<string, unknown>;

const caller = { type: "IAMUser", arn: "arn:aws:iam::111122223333:user/someone" };

function calls(eventSource: string, names: string[]): Event[] {
  return names.map((eventName) => ({
    eventVersion: "1.09",
    eventSource,
    eventName,
    eventType: "AwsApiCall",
    userIdentity: caller,
    sourceIPAddress: "198.51.100.7",
  }));
}

export const CIS_EVENTS: Record<string, { title: string; events: Event[] }> = {
  "CloudWatch.1": {
    title: "use of the root user",
    events: [
      {
        eventSource: "s3.amazonaws.com",
        eventName: "ListBuckets",
        eventType: "AwsApiCall",
        userIdentity: { type: "Root", arn: "arn:aws:iam::111122223333:root" },
        sourceIPAddress: "198.51.100.7",
      },
      {
        eventSource: "signin.amazonaws.com",
        eventName: "ConsoleLogin",
        eventType: "AwsConsoleSignIn",
        userIdentity: { type: "Root", arn: "arn:aws:iam::111122223333:root" },
        responseElements: { ConsoleLogin: "Success" },
        sourceIPAddress: "198.51.100.7",
      },
    ],
  },
  "CloudWatch.2": {
    title: "unauthorized API calls",
    events: [
      {
        ...calls("s3.amazonaws.com", ["GetObject"])[0],
        errorCode: "AccessDenied",
        errorMessage: "Access Denied",
      },
      { ...calls("ec2.amazonaws.com", ["RunInstances"])[0], errorCode: "Client.UnauthorizedOperation" },
      { ...calls("iam.amazonaws.com", ["ListUsers"])[0], errorCode: "AccessDenied" },
    ],
  },
  "CloudWatch.3": {
    title: "console sign-in without MFA",
    events: [
      {
        eventSource: "signin.amazonaws.com",
        eventName: "ConsoleLogin",
        eventType: "AwsConsoleSignIn",
        userIdentity: caller,
        additionalEventData: { MFAUsed: "No" },
        responseElements: { ConsoleLogin: "Success" },
        sourceIPAddress: "198.51.100.7",
      },
    ],
  },
  "CloudWatch.4": {
    title: "IAM policy changes",
    events: calls("iam.amazonaws.com", [
      "DeleteGroupPolicy",
      "DeleteRolePolicy",
      "DeleteUserPolicy",
      "PutGroupPolicy",
      "PutRolePolicy",
      "PutUserPolicy",
      "CreatePolicy",
      "DeletePolicy",
      "CreatePolicyVersion",
      "DeletePolicyVersion",
      "AttachRolePolicy",
      "DetachRolePolicy",
      "AttachUserPolicy",
      "DetachUserPolicy",
      "AttachGroupPolicy",
      "DetachGroupPolicy",
    ]),
  },
  "CloudWatch.5": {
    title: "CloudTrail configuration changes",
    events: calls("cloudtrail.amazonaws.com", [
      "CreateTrail",
      "UpdateTrail",
      "DeleteTrail",
      "StartLogging",
      "StopLogging",
    ]),
  },
  "CloudWatch.6": {
    title: "console authentication failures",
    events: [
      {
        eventSource: "signin.amazonaws.com",
        eventName: "ConsoleLogin",
        eventType: "AwsConsoleSignIn",
        userIdentity: caller,
        errorMessage: "Failed authentication",
        responseElements: { ConsoleLogin: "Failure" },
        sourceIPAddress: "198.51.100.7",
      },
    ],
  },
  "CloudWatch.7": {
    title: "disabling or scheduled deletion of customer managed keys",
    events: calls("kms.amazonaws.com", ["DisableKey", "ScheduleKeyDeletion"]),
  },
  "CloudWatch.8": {
    title: "S3 bucket policy changes",
    events: calls("s3.amazonaws.com", [
      "PutBucketAcl",
      "PutBucketPolicy",
      "PutBucketCors",
      "PutBucketLifecycle",
      "PutBucketReplication",
      "DeleteBucketPolicy",
      "DeleteBucketCors",
      "DeleteBucketLifecycle",
      "DeleteBucketReplication",
    ]),
  },
  "CloudWatch.9": {
    title: "AWS Config configuration changes",
    events: calls("config.amazonaws.com", [
      "StopConfigurationRecorder",
      "DeleteDeliveryChannel",
      "PutDeliveryChannel",
      "PutConfigurationRecorder",
    ]),
  },
  "CloudWatch.10": {
    title: "security group changes",
    events: calls("ec2.amazonaws.com", [
      "AuthorizeSecurityGroupIngress",
      "AuthorizeSecurityGroupEgress",
      "RevokeSecurityGroupIngress",
      "RevokeSecurityGroupEgress",
      "CreateSecurityGroup",
      "DeleteSecurityGroup",
    ]),
  },
  "CloudWatch.11": {
    title: "network ACL changes",
    events: calls("ec2.amazonaws.com", [
      "CreateNetworkAcl",
      "CreateNetworkAclEntry",
      "DeleteNetworkAcl",
      "DeleteNetworkAclEntry",
      "ReplaceNetworkAclEntry",
      "ReplaceNetworkAclAssociation",
    ]),
  },
  "CloudWatch.12": {
    title: "network gateway changes",
    events: calls("ec2.amazonaws.com", [
      "CreateCustomerGateway",
      "DeleteCustomerGateway",
      "AttachInternetGateway",
      "CreateInternetGateway",
      "DeleteInternetGateway",
      "DetachInternetGateway",
    ]),
  },
  "CloudWatch.13": {
    title: "route table changes",
    events: calls("ec2.amazonaws.com", [
      "CreateRoute",
      "CreateRouteTable",
      "ReplaceRoute",
      "ReplaceRouteTableAssociation",
      "DeleteRouteTable",
      "DeleteRoute",
      "DisassociateRouteTable",
    ]),
  },
  "CloudWatch.14": {
    title: "VPC changes",
    events: calls("ec2.amazonaws.com", [
      "CreateVpc",
      "DeleteVpc",
      "ModifyVpcAttribute",
      "AcceptVpcPeeringConnection",
      "CreateVpcPeeringConnection",
      "DeleteVpcPeeringConnection",
      "RejectVpcPeeringConnection",
      "AttachClassicLinkVpc",
      "DetachClassicLinkVpc",
      "DisableVpcClassicLink",
      "EnableVpcClassicLink",
    ]),
  },
};

/** GuardDuty findings of HIGH (7.0-8.9) and CRITICAL (9.0-10.0) severity as EventBridge delivers them. */
export const GUARDDUTY_HIGH_FINDINGS = [7, 7.5, 8, 8.9, 9.5].map((severity) => ({
  version: "0",
  source: "aws.guardduty",
  "detail-type": "GuardDuty Finding",
  account: "111122223333",
  region: "us-east-1",
  detail: {
    schemaVersion: "2.0",
    type: "UnauthorizedAccess:EC2/SSHBruteForce",
    severity,
    resource: { resourceType: "Instance" },
  },
}));
